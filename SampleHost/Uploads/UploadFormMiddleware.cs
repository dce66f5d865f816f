using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace SampleHost.Uploads;

/// <summary>
/// Reads the multipart forms that signed-in users post to a screen with <see cref="MultipartFormReader"/> before the
/// page runs, so anti-forgery and the page read the text values as usual and the page finds the files in
/// <see cref="UploadedForm"/>. It raises the request size limit for these requests only.
/// </summary>
internal sealed class UploadFormMiddleware(RequestDelegate next, IOptions<UploadOptions> options, ILogger<UploadFormMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsActionUpload(context))
        {
            await next(context);
            return;
        }

        var limits = options.Value;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = limits.MaxRequestBytes;
        }

        FormCollection values;
        UploadedForm files;
        try
        {
            (values, files) = await MultipartFormReader.ReadAsync(context.Request, limits.MaxBytes, context.RequestAborted);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            Log.UploadRequestTooLarge(logger, context.Request.Path, limits.MaxRequestBytes);
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        catch (InvalidDataException exception)
        {
            Log.UploadFormInvalid(logger, context.Request.Path, exception.Message);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await using (files)
        {
            context.Features.Set<IFormFeature>(new FormFeature(values));
            context.Features.Set(files);
            await next(context);
        }
    }

    private static bool IsActionUpload(HttpContext context)
    {
        var request = context.Request;
        return HttpMethods.IsPost(request.Method)
            && request.Path.StartsWithSegments("/schermen", StringComparison.OrdinalIgnoreCase)
            && request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true
            && context.User.Identity?.IsAuthenticated == true;
    }
}
