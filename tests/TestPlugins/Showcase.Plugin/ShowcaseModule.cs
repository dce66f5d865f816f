using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Plugin.Api;

namespace Showcase.Plugin;

/// <summary>
/// A test plugin that uses every element of the screen contract: all field types, conditional inputs, a list with
/// filters, sorting and paging, counters, charts, an edit with optimistic concurrency, an upload, a download and a few
/// REST API operations. Its data live in memory.
/// </summary>
public sealed class ShowcaseModule : IPluginModule
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, PluginContext context)
    {
        services.AddSingleton<ShowcaseStore>();
        services.AddSingleton<IPermissionProvider, ShowcasePermissions>();
        services.AddScoped<IScreen, OverviewScreen>();
        services.AddScoped<IScreen, ItemScreen>();
        services.AddScoped<IScreen, DashboardScreen>();
        services.AddScoped<IActionHandler, EditAction>();
        services.AddScoped<IActionHandler, StepAction>();
        services.AddSingleton<IWorkflowDefinitionProvider, ApplicationWorkflow>();
        services.AddSingleton<ISettingsProvider, ShowcaseSettings>();
        services.AddSingleton<IStoredFieldProvider, ShowcaseClientFields>();
        services.AddScoped<IWorkflowGuard, OpenItemGuard>();

        // The REST API under /api/v1: notes per gemeente, to test how hosts serve IApiOperation.
        services.AddSingleton<NotitieStore>();
        services.AddScoped<IApiOperation, NotitiesLijstOperation>();
        services.AddScoped<IApiOperation, NotitieOphalenOperation>();
        services.AddScoped<IApiOperation, NotitieToevoegenOperation>();
        // Files: an upload action and a download, both offered on the item screen.
        services.AddScoped<IActionHandler, CountLinesAction>();
        services.AddScoped<IDownload, ItemCsvDownload>();
    }
}
