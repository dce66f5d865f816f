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
            await RejectAsync(
                context,
                StatusCodes.Status413PayloadTooLarge,
                $"Het bestand is veel te groot: een bestand mag hooguit {UploadValidator.Size(limits.MaxBytes, "nl")} zijn. Ga terug en kies een kleiner bestand.",
                $"The file is far too large: a file may be at most {UploadValidator.Size(limits.MaxBytes, "en")}. Go back and choose a smaller file.");
            return;
        }
        catch (InvalidDataException exception)
        {
            Log.UploadFormInvalid(logger, context.Request.Path, exception.Message);
            await RejectAsync(
                context,
                StatusCodes.Status400BadRequest,
                "Het formulier is niet goed verzonden. Ga terug, laad de pagina opnieuw en probeer het nog eens.",
                "The form was not sent correctly. Go back, reload the page and try again.");
            return;
        }

        await using (files)
        {
            context.Features.Set<IFormFeature>(new FormFeature(values));
            context.Features.Set(files);
            await next(context);
        }
    }

    /// <summary>
    /// Writes the rejection as plain text. The error page cannot show it, because re-running this POST for the error
    /// page would fail its anti-forgery check on the unread form.
    /// </summary>
    private static Task RejectAsync(HttpContext context, int status, string dutch, string english)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.Connection = "close";
        return context.Response.WriteAsync($"{dutch}\n\n{english}\n", context.RequestAborted);
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
