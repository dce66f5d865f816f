using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.DuoSignalen;
using Inburgering.Plugin.Levensloop;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Tests.DuoSignalen;

/// <summary>The steps the DUO signal and lifecycle tests share: entering a signal as a consulent does, and reading the tables.</summary>
internal static class DuoSignaalSteps
{
    /// <summary>Runs the entry action as a consulent fills in its form.</summary>
    public static Task<ActionResult> EnterSignalAsync(
        this PluginHarness plugin,
        string? soort,
        string? kennisgevingsdatum,
        string? bsn = "999993653",
        string? vnummer = null,
        string? doelgroep = null,
        string? wetRegime = null,
        string? koppeldatum = null,
        string? ontvangenOp = null,
        string? toelichting = null) =>
        plugin.ExecuteAsync(
            "inburgering.duo-signaal-invoeren",
            null,
            ("soort", soort),
            ("kennisgevingsdatum", kennisgevingsdatum),
            ("ontvangenOp", ontvangenOp),
            ("bsn", bsn),
            ("vnummer", vnummer),
            ("doelgroep", doelgroep),
            ("wetRegime", wetRegime),
            ("koppeldatum", koppeldatum),
            ("toelichting", toelichting));

    /// <summary>Enters a signal that must be valid and returns its id.</summary>
    public static async Task<string> EnterValidSignalAsync(this PluginHarness plugin, string soort, string kennisgevingsdatum, string? bsn = "999993653", string? vnummer = null, string? doelgroep = null, string? wetRegime = null, string? koppeldatum = null)
    {
        var result = await plugin.EnterSignalAsync(soort, kennisgevingsdatum, bsn, vnummer, doelgroep, wetRegime, koppeldatum);
        Assert.That(result.Errors, Is.Empty, "The signal in the arrangement must be valid.");
        return result.NavigateTo!.RecordId!;
    }

    public static Task<ActionResult> ProcessAsync(this PluginHarness plugin, string signaalId) =>
        plugin.ExecuteAsync("inburgering.duo-signaal-verwerken", signaalId);

    /// <summary>Returns the signals of every gemeente, bypassing the gemeente filter, as only a test may.</summary>
    public static async Task<List<DuoSignaal>> AllSignalsAsync(this PluginHarness plugin)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();

        return await db.DuoSignalen.IgnoreQueryFilters().AsNoTracking().OrderBy(s => s.Id).ToListAsync();
    }

    /// <summary>Returns the corrections of every gemeente in the order they were made.</summary>
    public static async Task<List<DossierCorrectie>> AllCorrectionsAsync(this PluginHarness plugin)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();

        return await db.DossierCorrecties.IgnoreQueryFilters().AsNoTracking().OrderBy(c => c.Id).ToListAsync();
    }

    /// <summary>Returns the lifecycle history of every gemeente in the order it was made.</summary>
    public static async Task<List<DossierStatusWijziging>> AllStatusChangesAsync(this PluginHarness plugin)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();

        return await db.StatusWijzigingen.IgnoreQueryFilters().AsNoTracking().OrderBy(w => w.Op).ThenBy(w => w.Id).ToListAsync();
    }

    /// <summary>Moves a dossier through the lifecycle up to <paramref name="to"/>, each step on <paramref name="on"/>, as the intake and PIP areas do.</summary>
    public static async Task MoveAsync(this PluginHarness plugin, string dossierId, DateOnly on, params DossierStatus[] to)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        var dossier = await db.Dossiers.SingleAsync(d => d.Id == Guid.Parse(dossierId));

        foreach (var status in to)
        {
            var (wijziging, error) = DossierLifecycle.Move(dossier, status, on, "medewerker-17", null);
            Assert.That(error, Is.Null, "The move in the arrangement must be allowed.");
            db.StatusWijzigingen.Add(wijziging!);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Returns the dossier of <paramref name="dossierId"/>.</summary>
    public static async Task<Dossier> DossierAsync(this PluginHarness plugin, string dossierId) =>
        (await plugin.AllDossiersAsync()).Single(d => d.Id == Guid.Parse(dossierId));
}
