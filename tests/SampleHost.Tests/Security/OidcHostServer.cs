using Host.Abstractions;
using Microsoft.AspNetCore.Hosting;
using SampleHost.Tests.Hosting;

namespace SampleHost.Tests.Security;

/// <summary>
/// SampleHost on 127.0.0.1, in the environment <paramref name="environment"/> (Production by default), signing staff in at
/// an <see cref="OidcProviderStandIn"/>, serving the gemeenten 0599 and 0518, with the settings of
/// <paramref name="extraSettings"/> on top.
/// </summary>
internal sealed class OidcHostServer(DatabaseProvider database, OidcProviderStandIn provider, IReadOnlyDictionary<string, string?>? extraSettings = null, string environment = "Production")
    : PluginTestHost(new PluginTestHostOptions
    {
        Provider = database,
        PluginsPath = RepositoryPaths.PublishedPlugins,
        Environment = environment,
        SeedDemoData = false,
        StartTime = TimeProvider.System.GetUtcNow(),
        ClockAutoAdvance = TimeSpan.FromMilliseconds(1),
    })
{
    /// <summary>The provider role values the host maps, and the host role each one grants.</summary>
    public static IReadOnlyDictionary<string, string> RoleMapping { get; } = new Dictionary<string, string>
    {
        ["Inburgering-Consulent"] = Host.Abstractions.HostRoles.ConsulentInburgering,
        ["Inburgering-Beheer"] = Host.Abstractions.HostRoles.FunctioneelBeheerder,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);

        builder.UseSetting("Tenants:Gemeenten:0", "0599");
        builder.UseSetting("Tenants:Gemeenten:1", "0518");
        builder.UseSetting("Authentication:OpenIdConnect:Authority", provider.Issuer);
        builder.UseSetting("Authentication:OpenIdConnect:ClientId", OidcProviderStandIn.ClientId);
        builder.UseSetting("Authentication:OpenIdConnect:ClientSecret", OidcProviderStandIn.ClientSecret);
        builder.UseSetting("Authentication:OpenIdConnect:RequireHttpsMetadata", "false");
        foreach (var (providerRole, hostRole) in RoleMapping)
        {
            builder.UseSetting($"Authentication:OpenIdConnect:RoleMapping:{providerRole}", hostRole);
        }

        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }
}
