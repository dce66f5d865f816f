namespace SampleHost.Security;

/// <summary>
/// Sets <see cref="SecurityHeaders"/> on each response just before it starts, so the headers are there whichever
/// later middleware writes the response, also after the exception handler has cleared it.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(
            static state =>
            {
                SecurityHeaders.Apply((HttpContext)state);
                return Task.CompletedTask;
            },
            context);

        return next(context);
    }
}
