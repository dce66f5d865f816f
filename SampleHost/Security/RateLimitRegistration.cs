namespace SampleHost.Security;

/// <summary>Registers and applies the host's request limits (<see cref="RequestRateLimiter"/>).</summary>
internal static class RateLimitRegistration
{
    public static IServiceCollection AddRequestRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection(RateLimitOptions.Section))
            .Validate(o => o.PermitLimit > 0 && o.LoginPermitLimit > 0, "RateLimiting:PermitLimit and RateLimiting:LoginPermitLimit must be at least 1.")
            .Validate(o => o.Window > TimeSpan.Zero && o.LoginWindow > TimeSpan.Zero, "RateLimiting:Window and RateLimiting:LoginWindow must be longer than zero, for example 00:01:00.")
            .ValidateOnStart();

        // The container creates the limiter and disposes it with the host.
        services.AddSingleton<RequestRateLimiter>();

        return services;
    }

    /// <summary>Limits the requests that reach the rest of the pipeline. Place it after authentication, so requests count per user.</summary>
    public static IApplicationBuilder UseRequestRateLimiting(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestRateLimitingMiddleware>();
}
