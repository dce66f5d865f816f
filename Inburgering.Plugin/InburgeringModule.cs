using Host.Abstractions;
using Inburgering.Plugin.Demo;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Registration;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Inburgering.Plugin;

/// <summary>
/// The inburgering plugin: registers inburgeraars on the BSN as soon as DUO or the COA links them to the gemeente.
/// </summary>
public sealed class InburgeringModule : IPluginModule
{
    public void ConfigureServices(IServiceCollection services, PluginContext context)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(context);

        services.TryAddSingleton(TimeProvider.System);

        services.AddInburgeringDbContext(context.Database);
        services.AddScoped<IPluginDataStore, InburgeringDataStore>();

        services.AddSingleton<IPermissionProvider, InburgeringPermissions>();
        services.AddSingleton<IProcessingActivityProvider, InburgeringProcessingActivities>();

        services.AddScoped<InburgeraarRegistration>();
        services.AddScoped<IActionHandler, RegistreerInburgeraarAction>();
        services.AddScoped<IActionHandler, ZoekDossierAction>();
        services.AddScoped<IActionHandler, KoppelBsnAction>();

        services.AddScoped<IScreen, DossiersScreen>();
        services.AddScoped<IScreen, DossierScreen>();
        services.AddScoped<IScreen, ClientDossierScreen>();
        services.AddScoped<IRecordFieldProvider, ClientInburgeringFields>();

        if (context.IsDevelopment)
        {
            services.AddScoped<IDemoDataSeeder, InburgeringDemoSeeder>();
        }
    }
}
