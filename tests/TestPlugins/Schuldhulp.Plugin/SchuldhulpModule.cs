using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Schuldhulp.Plugin.Aanmeldingen;
using Schuldhulp.Plugin.Demo;
using Schuldhulp.Plugin.Persistence;
using Schuldhulp.Plugin.Screens;

namespace Schuldhulp.Plugin;

/// <summary>
/// The schuldhulp plugin: records the aanmeldingen (applications) for schuldhulpverlening of the gemeente's clients.
/// </summary>
public sealed class SchuldhulpModule : IPluginModule
{
    /// <inheritdoc />
    /// <remarks>The host provides <see cref="TimeProvider"/>, the tenant, the user and the ports of the contract.</remarks>
    public void ConfigureServices(IServiceCollection services, PluginContext context)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(context);

        services.AddSchuldhulpDbContext(context.Database);
        services.AddScoped<IPluginDataStore, SchuldhulpDataStore>();

        services.AddSingleton<IPermissionProvider, SchuldhulpPermissions>();
        services.AddSingleton<IProcessingActivityProvider, SchuldhulpProcessingActivities>();

        services.AddScoped<ClientLookup>();
        services.AddScoped<AanmeldingRegistration>();
        services.AddScoped<IActionHandler, RegistreerAanmeldingAction>();
        services.AddSingleton<IWorkflowDefinitionProvider, AanmeldingWorkflow>();

        services.AddScoped<IScreen, AanmeldingenScreen>();
        services.AddScoped<IRecordFieldProvider, ClientSchuldhulpFields>();

        if (context.IsDevelopment)
        {
            services.AddScoped<IDemoDataSeeder, SchuldhulpDemoSeeder>();
        }
    }
}
