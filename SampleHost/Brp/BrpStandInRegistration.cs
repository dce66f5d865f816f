using Microsoft.Extensions.DependencyInjection.Extensions;
using SampleHost.Brp.StandIn;
using SampleHost.Events;

namespace SampleHost.Brp;

/// <summary>Registers and maps the local stand-in for the Haal Centraal BRP Personen API.</summary>
internal static class BrpStandInRegistration
{
    /// <summary>The path of the stand-in's only endpoint, the same as the real API's.</summary>
    public const string PersonenRoute = "/haalcentraal/api/brp/personen";

    /// <summary>
    /// Binds the <c>Brp:StandIn</c> settings and registers the RvIG test set, the stand-in and its recorded moves.
    /// Start-up fails when <c>Brp:StandIn:ApiKey</c> has no value.
    /// </summary>
    public static IServiceCollection AddBrpStandIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BrpStandInOptions>()
            .Bind(configuration.GetSection(BrpStandInOptions.Section))
            .Validate(
                options => !string.IsNullOrWhiteSpace(options.ApiKey),
                "Brp:StandIn:ApiKey is missing. Set it to the key that clients send in the X-API-KEY header (and Brp:ApiKey to the same value), or set Brp:StandIn:Enabled to false.")
            .ValidateOnStart();

        services.TryAddSingleton(provider => new RvigTestSet(RvigTestSet.DefaultPath, provider.GetRequiredService<ILogger<RvigTestSet>>()));
        services.TryAddSingleton<StandInVerhuizingen>();
        services.TryAddSingleton<PersonenStandIn>();

        // The Development page that records moves in the stand-in raises the host's address changes through it.
        services.TryAddScoped<ClientAddressChanges>();

        return services;
    }

    /// <summary>
    /// Maps <c>POST /haalcentraal/api/brp/personen</c> to the stand-in. It maps the endpoint on every call, so the
    /// host calls it only when <c>Brp:StandIn:Enabled</c> is true.
    /// </summary>
    /// <returns>The endpoint, for more conventions.</returns>
    /// <exception cref="InvalidOperationException"><see cref="AddBrpStandIn"/> was not called.</exception>
    public static RouteHandlerBuilder MapBrpStandIn(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        if (!services.GetRequiredService<IServiceProviderIsService>().IsService(typeof(PersonenStandIn)))
        {
            throw new InvalidOperationException("The BRP stand-in is not registered. Call services.AddBrpStandIn(configuration) before MapBrpStandIn.");
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BrpStandInRegistration));
        Log.BrpStandInMapped(logger, PersonenRoute);

        // The stand-in checks its own API key, so it stays reachable when the host requires sign-in everywhere else.
        return endpoints.MapPost(PersonenRoute, (HttpRequest request, PersonenStandIn standIn, CancellationToken cancellationToken) => standIn.HandleAsync(request, cancellationToken))
            .AllowAnonymous()
            .WithName("BrpStandInPersonen");
    }
}
