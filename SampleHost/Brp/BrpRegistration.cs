using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SampleHost.Brp;

/// <summary>Registers the client of the Haal Centraal BRP Personen API as <see cref="IBrpPersonen"/>.</summary>
internal static class BrpRegistration
{
    /// <summary>
    /// Binds the <c>Brp</c> settings, checks them at start-up, and registers <see cref="HaalCentraalBrpClient"/> as
    /// <see cref="IBrpPersonen"/> with a typed <see cref="HttpClient"/>.
    /// </summary>
    public static IServiceCollection AddBrpClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BrpOptions>()
            .Bind(configuration.GetSection(BrpOptions.Section))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BrpOptions>, BrpOptionsValidator>());

        services.AddHttpClient<IBrpPersonen, HaalCentraalBrpClient>((provider, client) =>
        {
            var options = provider.GetRequiredService<IOptions<BrpOptions>>().Value;
            client.BaseAddress = ToBaseAddress(options.BaseUrl!);
            client.Timeout = options.Timeout;
        });

        return services;
    }

    // Ends the URL with a slash, so the relative path "personen" is added to it instead of replacing its last segment.
    private static Uri ToBaseAddress(string baseUrl) =>
        new(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute);
}
