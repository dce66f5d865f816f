using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.DuoSignalen;

/// <summary>The services of the DuoSignalen area.</summary>
internal static class DuoSignalenServices
{
    /// <summary>Adds the inbox of DUO signals and their processing.</summary>
    public static IServiceCollection AddDuoSignalen(this IServiceCollection services)
    {
        services.AddScoped<DuoSignaalVerwerking>();
        services.AddScoped<DuoSignaalImport>();
        services.AddScoped<IActionHandler, ImporteerDuoSignalenAction>();
        services.AddSingleton<IDownload, DuoSignalenSjabloonDownload>();
        services.AddScoped<IActionHandler, VoerDuoSignaalInAction>();
        services.AddScoped<IActionHandler, VerwerkDuoSignaalAction>();
        services.AddScoped<IActionHandler, WijsDuoSignaalAfAction>();
        services.AddScoped<IScreen, DuoSignalenScreen>();
        services.AddScoped<IScreen, DuoSignaalScreen>();
        return services;
    }
}
