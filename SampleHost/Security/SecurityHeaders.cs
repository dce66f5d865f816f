namespace SampleHost.Security;

/// <summary>The security headers SampleHost sets on every response, and the middleware that sets them.</summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// Scripts, styles, images, fonts and requests from SampleHost's own origin only: no inline script, style
    /// element, style attribute or event handler attribute, no plugins (<c>object</c>), no framing by any site, and
    /// forms post only to SampleHost.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Browser features SampleHost never uses, turned off for it and anything it embeds.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>Adds <see cref="SecurityHeadersMiddleware"/>; call it first, so error and status pages get the headers too.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeadersMiddleware>();

    /// <summary>Sets the headers on <paramref name="context"/>'s response, which has not started yet.</summary>
    public static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";

        // Every response to a signed-in user may show personal data, so no browser or proxy may keep a copy.
        if (context.User.Identity?.IsAuthenticated == true)
        {
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
        }
    }
}
