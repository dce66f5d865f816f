namespace SampleHost.Uploads;

/// <summary>Registers the upload limits and the middleware that reads multipart action forms.</summary>
internal static class UploadRegistration
{
    public static IServiceCollection AddUploads(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<UploadOptions>()
            .Bind(configuration.GetSection(UploadOptions.Section))
            .Validate(o => o.MaxBytes is > 0 and <= long.MaxValue / 8, "Uploads:MaxBytes must be a positive number of bytes, for example 104857600 for 100 MB.")
            .ValidateOnStart();
        return services;
    }

    /// <summary>Adds the middleware; call it after authentication and authorisation, so only signed-in users upload.</summary>
    public static IApplicationBuilder UseUploadForms(this IApplicationBuilder app) => app.UseMiddleware<UploadFormMiddleware>();
}
