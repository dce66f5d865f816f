using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SampleHost.Signing;

/// <summary>Registers the deployment's document signing as <see cref="IDocumentSigning"/>.</summary>
internal static class SigningRegistration
{
    /// <summary>The own key in Development when <c>Signing:KeyFile</c> is not set, relative to the content root.</summary>
    public const string DevelopmentKeyFile = "App_Data/ondertekensleutel.pem";

    /// <summary>
    /// Binds the <c>Signing</c> settings with file paths relative to the content root, checks them at start-up, and
    /// registers <see cref="EcdsaDocumentSigning"/>. In Development a missing key file gets a new key, kept for later starts.
    /// </summary>
    public static IServiceCollection AddDocumentSigning(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);

        services.AddOptions<SigningOptions>()
            .Bind(configuration.GetSection(SigningOptions.Section))
            .PostConfigure(options => ResolvePaths(options, environment))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SigningOptions>, SigningOptionsValidator>());

        services.AddSingleton<EcdsaDocumentSigning>();
        services.AddSingleton<IDocumentSigning>(provider => provider.GetRequiredService<EcdsaDocumentSigning>());
        return services;
    }

    private static void ResolvePaths(SigningOptions options, IHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(options.KeyFile) && environment.IsDevelopment())
        {
            options.KeyFile = DevelopmentKeyFile;
            options.CreateKeyFileWhenMissing = true;
        }

        if (!string.IsNullOrWhiteSpace(options.KeyFile))
        {
            options.KeyFile = Path.GetFullPath(options.KeyFile, environment.ContentRootPath);
        }

        foreach (var trusted in options.TrustedKeys.Where(t => !string.IsNullOrWhiteSpace(t.PublicKeyFile)))
        {
            trusted.PublicKeyFile = Path.GetFullPath(trusted.PublicKeyFile!, environment.ContentRootPath);
        }
    }
}
