using Host.Abstractions;
using Inburgering.Plugin.Coa;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Demo;

/// <summary>
/// Records the COA informatieformulier of the two open demo asielstatushouders linked last, who still wait for housing, through the real
/// <see cref="CoaBijwerking"/>, as entered by hand. The contact details are made up and use the reserved domain
/// <c>example.nl</c>. A dossier that already has COA information is skipped, so a second run adds nothing, also on a
/// later day when the form date would differ.
/// </summary>
internal static class DemoCoa
{
    /// <summary>The number of asielstatushouders that get a form.</summary>
    public const int MaxDossiers = 2;

    public static async Task SeedAsync(InburgeringDbContext db, CoaBijwerking bijwerking, IProcessingLog processingLog, DateOnly vandaag, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(bijwerking);
        ArgumentNullException.ThrowIfNull(processingLog);

        var gemeente = db.CurrentGemeente ?? throw new InvalidOperationException("Seeding COA information needs a gemeente.");
        var metCoa = await db.CoaInformatie.Select(c => c.DossierId).ToListAsync(cancellationToken);
        var kandidaten = (await db.Dossiers
                .Where(d => d.Doelgroep == Doelgroep.Asielstatushouder && d.GeanonimiseerdOp == null && d.BeperktOp == null)
                .OrderByDescending(d => d.Koppeldatum)
                .ThenBy(d => d.Id)
                .ToListAsync(cancellationToken))
            .Where(d => !d.Status.IsFinal())
            .Take(MaxDossiers)
            .ToList();

        var bijgewerkt = new List<Dossier>();
        foreach (var dossier in kandidaten.Where(d => !metCoa.Contains(d.Id)))
        {
            var versie = await bijwerking.LegVastAsync(dossier, Formulier(dossier, vandaag), CoaBron.Handmatig, cancellationToken);
            if (versie is not null)
            {
                bijgewerkt.Add(dossier);
            }
        }

        if (bijgewerkt.Count == 0)
        {
            return;
        }

        await db.SaveChangesAsync(cancellationToken);
        await processingLog.RecordAllAsync(
            [.. bijgewerkt.Select(d => new ProcessingRecord(InburgeringProcessingActivities.CoaInformatie, ProcessingOperation.Create, DossierSubject.Of(d)))],
            cancellationToken);
        Log.DemoCoaSeeded(logger, bijgewerkt.Count, gemeente);
    }

    /// <summary>
    /// Returns a form dated on the koppeldatum: the person still lives in the AZC, the DigiD was requested and the
    /// person consented to voorinburgering. Housing in the gemeente follows in a month.
    /// </summary>
    private static CoaGegevens Formulier(Dossier dossier, DateOnly vandaag) => new()
    {
        Formulierdatum = dossier.Koppeldatum,
        RegievoerderNaam = "Regievoerder COA",
        RegievoerderTelefoon = "0495 000 000",
        RegievoerderEmail = "regievoering@coa.example.nl",
        AzcNaam = "AZC Voorbeeldstad",
        AzcAdres = "Voorbeeldweg 1, 1234 AB Voorbeeldstad",
        AzcTelefoon = "0495 000 001",
        DigidAangevraagd = JaNeeOnbekend.Ja,
        DigidAangevraagdOp = dossier.Koppeldatum,
        Rijbewijs = false,
        ToestemmingVoorinburgering = true,
        ToestemmingVoorinburgeringOp = dossier.Koppeldatum,
        Huisvestingsdatum = vandaag.AddMonths(1),
        StartScenario = StartScenario.StartVoorHuisvesting,
    };
}
