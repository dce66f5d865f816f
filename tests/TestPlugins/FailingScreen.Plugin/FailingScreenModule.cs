using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace FailingScreen.Plugin;

/// <summary>A plugin module that registers one navigation screen and one API operation, which throw whenever they run.</summary>
public sealed class FailingScreenModule : IPluginModule
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, PluginContext context)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddSingleton<IPermissionProvider, FailingScreenPermissions>();
        services.AddScoped<IScreen, FailingScreen>();
        services.AddScoped<IApiOperation, FailingApiOperation>();
    }
}

/// <summary>A navigation screen that throws on every load.</summary>
public sealed class FailingScreen : IScreen
{
    /// <summary>The screen's id.</summary>
    public const string ScreenId = "failing-screen.overzicht";

    /// <summary>The message of the exception the screen throws.</summary>
    public const string FailureMessage = "The test screen fails on purpose.";

    /// <inheritdoc />
    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Falend scherm", "Failing screen"),
        HostSlots.Navigation,
        FailingScreenPermissions.View);

    /// <inheritdoc />
    public Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(FailureMessage);
}

/// <summary>The API operation <c>GET storingen</c>, which throws on every request.</summary>
public sealed class FailingApiOperation : IApiOperation
{
    /// <inheritdoc />
    public ApiOperationDefinition Definition { get; } = new(
        "storingenLijst",
        ApiMethod.Get,
        "storingen",
        FailingScreenPermissions.View,
        new LocalizedText("Faalt altijd, om de foutafhandeling van de host te testen.", "Always fails, to test the host's error handling."))
    {
        ResponseSchema = """{"type":"object"}""",
    };

    /// <inheritdoc />
    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(FailingScreen.FailureMessage);
}

/// <summary>The permission to open the failing screen, held by the consulent inburgering.</summary>
public sealed class FailingScreenPermissions : IPermissionProvider
{
    /// <summary>The permission to open <see cref="FailingScreen"/>.</summary>
    public const string View = "failing-screen.view";

    /// <inheritdoc />
    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(View, new LocalizedText("Het falende testscherm openen", "Open the failing test screen"), [HostRoles.ConsulentInburgering]),
    ];
}
