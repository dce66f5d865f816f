using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Uren;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Tests.Voortgang;

/// <summary>Steps the voortgang tests share: a registered dossier, its status, and actions run at the current version.</summary>
internal static class VoortgangHarness
{
    /// <summary>Registers the person with BSN 999993653 and returns the dossier id.</summary>
    public static async Task<string> RegisterAsync(PluginHarness plugin, string doelgroep = "Gezinsmigrant")
    {
        var registered = await plugin.RegisterAsync("999993653", doelgroep: doelgroep, koppeldatum: "2026-11-20");
        return registered.NavigateTo!.RecordId!;
    }

    /// <summary>Sets the status of the dossier directly, as the PIP area does when it adopts the first PIP.</summary>
    public static async Task SetStatusAsync(PluginHarness plugin, string dossierId, DossierStatus status)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        var dossier = await db.Dossiers.SingleAsync(d => d.Id == Guid.Parse(dossierId));
        dossier.Status = status;
        await db.SaveChangesAsync();
    }

    /// <summary>Runs an action on the dossier as a form opened at its current version.</summary>
    public static async Task<ActionResult> ExecuteAsync(PluginHarness plugin, string actionId, string dossierId, params (string Key, string? Value)[] values) =>
        await plugin.ExecuteVersionedAsync(actionId, dossierId, await plugin.DossierVersionAsync(dossierId), values);

    /// <summary>Records hours of <paramref name="soort"/> in November 2026.</summary>
    public static Task<ActionResult> UrenAsync(PluginHarness plugin, string dossierId, string soort, string uren, string van = "2026-11-01", string tot = "2026-11-30", string metKeurmerk = "false") =>
        ExecuteAsync(plugin, "inburgering.uren-registreren", dossierId, ("soort", soort), ("periodeVan", van), ("periodeTot", tot), ("uren", uren), ("metKeurmerk", metKeurmerk), ("aanbieder", "Taalschool Noord"));

    /// <summary>Returns the hours of every gemeente, bypassing the gemeente filter.</summary>
    public static async Task<List<Urenregel>> AllUrenregelsAsync(PluginHarness plugin)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        return await db.Urenregels.IgnoreQueryFilters().AsNoTracking().ToListAsync();
    }

    /// <summary>Returns the status changes of every gemeente, bypassing the gemeente filter.</summary>
    public static async Task<List<DossierStatusWijziging>> AllStatusWijzigingenAsync(PluginHarness plugin)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        return await db.StatusWijzigingen.IgnoreQueryFilters().AsNoTracking().ToListAsync();
    }

    /// <summary>Runs <paramref name="work"/> on a database context of the current gemeente.</summary>
    public static async Task<T> WithDbAsync<T>(PluginHarness plugin, Func<InburgeringDbContext, Task<T>> work)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<InburgeringDbContext>());
    }

    /// <summary>Returns the value of field <paramref name="key"/> on the screen.</summary>
    public static object? Field(ScreenContent screen, string key) =>
        screen.Sections.SelectMany(s => s.Elements).OfType<FieldElement>().Single(f => f.Field.Key == key).Value;

    /// <summary>Returns the list whose columns include <paramref name="columnKey"/>.</summary>
    public static ListElement List(ScreenContent screen, string columnKey) =>
        screen.Sections.SelectMany(s => s.Elements).OfType<ListElement>().Single(l => l.Columns.Any(c => c.Key == columnKey));
}
