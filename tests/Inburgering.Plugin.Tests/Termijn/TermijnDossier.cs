using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Tests.Termijn;

/// <summary>
/// Brings a registered dossier to a stage with a first PIP, as the intake and PIP areas do, through the lifecycle.
/// </summary>
internal static class TermijnDossier
{
    /// <summary>Registers a dossier and moves it to <paramref name="status"/> with <paramref name="dagtekening"/> as the first PIP's dagtekening.</summary>
    public static async Task<string> RegisterAsync(
        PluginHarness plugin,
        DateOnly dagtekening,
        string doelgroep = "Gezinsmigrant",
        DossierStatus status = DossierStatus.InTraject,
        string bsn = "999993653")
    {
        var registered = await plugin.RegisterAsync(bsn, doelgroep: doelgroep, koppeldatum: "2024-01-15");
        var dossierId = Guid.Parse(registered.NavigateTo!.RecordId!);

        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        var dossier = await db.Dossiers.SingleAsync(d => d.Id == dossierId);

        Move(db, dossier, DossierStatus.BredeIntake, dagtekening.AddDays(-30));
        if (status != DossierStatus.BredeIntake)
        {
            dossier.LegDagtekeningEerstePipVast(dagtekening);
            Move(db, dossier, DossierStatus.PipVastgesteld, dagtekening);
        }

        if (status == DossierStatus.InTraject)
        {
            Move(db, dossier, DossierStatus.InTraject, dagtekening.AddDays(1));
        }

        await db.SaveChangesAsync();
        plugin.ProcessingLog.Clear();
        return dossierId.ToString();
    }

    private static void Move(InburgeringDbContext db, Dossier dossier, DossierStatus to, DateOnly on)
    {
        var (wijziging, error) = DossierLifecycle.Move(dossier, to, on, "medewerker-17", null);
        Assert.That(error, Is.Null);
        db.StatusWijzigingen.Add(wijziging!);
    }
}
