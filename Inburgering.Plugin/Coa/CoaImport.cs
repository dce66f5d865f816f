using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Coa;

/// <summary>
/// Imports the rows of a file of COA forms into the dossiers of the current gemeente, found by BSN or V-nummer. A row
/// is the whole form, except that a column missing from the file keeps the stored value. A row with the stored values
/// changes nothing, so importing the same file again adds no versions. With <see cref="LeveringModus.AllesOfNiets"/>
/// one wrong row rejects the file; with <see cref="LeveringModus.GeldigeRegels"/> the valid rows are stored.
/// </summary>
internal sealed class CoaImport(
    InburgeringDbContext db,
    CoaBijwerking bijwerking,
    IProcessingLog processingLog,
    TimeProvider clock,
    ILogger<CoaImport> logger)
{
    /// <summary>Checks every row, then stores the valid ones unless the mode rejects the file, in one transaction.</summary>
    /// <param name="regels">The data rows of the file.</param>
    /// <param name="modus">Whether one wrong row rejects the whole file.</param>
    /// <param name="cancellationToken">Cancels the import; nothing is then stored.</param>
    public async Task<CoaImportUitkomst> ImporteerAsync(IReadOnlyList<CoaRegel> regels, LeveringModus modus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regels);

        var today = AmsterdamTime.Today(clock);
        var fouten = new List<CoaImportFout>();
        var geldig = new List<(Dossier Dossier, CoaGegevens Gegevens)>();
        var gelezen = new Dictionary<Guid, Dossier>();
        var regelVanDossier = new Dictionary<Guid, int>();

        foreach (var regel in regels)
        {
            var (dossier, fout) = await ZoekDossierAsync(regel, cancellationToken);
            if (dossier is null)
            {
                fouten.Add(fout!);
                continue;
            }

            gelezen[dossier.Id] = dossier;
            if (Controleer(regel, dossier, regelVanDossier) is { } dossierfout)
            {
                fouten.Add(dossierfout);
                continue;
            }

            regelVanDossier[dossier.Id] = regel.Regelnummer;
            var huidig = await db.CoaInformatie.AsNoTracking().SingleOrDefaultAsync(c => c.DossierId == dossier.Id, cancellationToken);
            var opgeslagen = huidig is null ? null : CoaWaarden.AlsInvoer(huidig.Gegevens());
            var (gegevens, invoerfouten) = CoaInvoer.Lees(veld => Waarde(regel, veld, opgeslagen), today);
            if (gegevens is null)
            {
                fouten.AddRange(invoerfouten.Select(f => Fout(regel, f)));
                continue;
            }

            geldig.Add((dossier, gegevens));
        }

        if (fouten.Count > 0 && modus == LeveringModus.AllesOfNiets)
        {
            await RegistreerAsync(gelezen.Values, [], cancellationToken);
            var geweigerd = new CoaImportUitkomst(regels.Count, 0, 0, fouten, Geweigerd: true);
            var aantalFout = geweigerd.AantalFout;
            Log.CoaBestandGeweigerd(logger, geweigerd.AantalRegels, aantalFout);
            return geweigerd;
        }

        var gewijzigd = new HashSet<Guid>();
        foreach (var (dossier, gegevens) in geldig)
        {
            if (await bijwerking.LegVastAsync(dossier, gegevens, CoaBron.Import, cancellationToken) is not null)
            {
                gewijzigd.Add(dossier.Id);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Log.CoaImportConflict(logger);
            return new CoaImportUitkomst(regels.Count, 0, 0, [], Geweigerd: true) { Conflict = true };
        }

        await RegistreerAsync(gelezen.Values, gewijzigd, cancellationToken);
        var uitkomst = new CoaImportUitkomst(regels.Count, gewijzigd.Count, geldig.Count - gewijzigd.Count, fouten, Geweigerd: false);
        var aantalMetFout = uitkomst.AantalFout;
        Log.CoaBestandVerwerkt(logger, modus, uitkomst.AantalRegels, uitkomst.AantalGewijzigd, uitkomst.AantalOngewijzigd, aantalMetFout);
        return uitkomst;
    }

    /// <summary>
    /// Finds the dossier of the row in the current gemeente. The error for a number without a dossier is the same
    /// whether or not another gemeente has one, because the gemeente filter returns no rows of other gemeenten.
    /// </summary>
    private async Task<(Dossier? Dossier, CoaImportFout? Fout)> ZoekDossierAsync(CoaRegel regel, CancellationToken cancellationToken)
    {
        var bsnTekst = regel.Waarde(CoaKolommen.Bsn);
        var vnummerTekst = regel.Waarde(CoaKolommen.VNummer);
        if (bsnTekst is null && vnummerTekst is null)
        {
            return (null, new CoaImportFout(regel.Regelnummer, CoaKolommen.Bsn, null, new LocalizedText(
                "Vul het BSN of het V-nummer in, zodat de regel bij een dossier hoort.",
                "Enter the BSN or the V-nummer, so the row belongs to a dossier.")));
        }

        string? bsn = null;
        if (bsnTekst is not null)
        {
            if (!Bsn.TryParse(bsnTekst, out var geldigBsn, out _))
            {
                return (null, new CoaImportFout(regel.Regelnummer, CoaKolommen.Bsn, null, new LocalizedText(
                    "Dit is geen geldig BSN: een BSN heeft 9 cijfers en voldoet aan de elfproef. Neem het BSN over van het informatieformulier.",
                    "This is not a valid BSN: a BSN has 9 digits and passes the eleven test. Copy the BSN from the information form.")));
            }

            bsn = geldigBsn.Value;
        }

        string? vnummer = null;
        if (vnummerTekst is not null)
        {
            if (!VNummer.TryParse(vnummerTekst, out var geldigVnummer, out var vnummerFout))
            {
                return (null, new CoaImportFout(regel.Regelnummer, CoaKolommen.VNummer, null, vnummerFout));
            }

            vnummer = geldigVnummer.Value;
        }

        var openDossiers = db.Dossiers.Where(d => d.GeanonimiseerdOp == null);
        var opBsn = bsn is null ? null : await openDossiers.SingleOrDefaultAsync(d => d.Bsn == bsn, cancellationToken);
        var opVnummer = vnummer is null ? null : await openDossiers.SingleOrDefaultAsync(d => d.VNummer == vnummer, cancellationToken);

        var verschillendeDossiers = opBsn is not null && opVnummer is not null && opBsn.Id != opVnummer.Id;
        var andereBsn = opBsn is null && opVnummer is { Bsn: not null };
        var andereVnummer = vnummer is not null && opBsn is { VNummer: { } bekendVnummer } && bekendVnummer != vnummer;
        if (verschillendeDossiers || andereBsn || andereVnummer)
        {
            return (null, new CoaImportFout(regel.Regelnummer, CoaKolommen.VNummer, null, new LocalizedText(
                "Het BSN en het V-nummer horen bij verschillende inburgeraars. Controleer beide nummers op het informatieformulier.",
                "The BSN and the V-nummer belong to different people. Check both numbers on the information form.")));
        }

        if ((opBsn ?? opVnummer) is { } dossier)
        {
            return (dossier, null);
        }

        var kolom = bsn is not null ? CoaKolommen.Bsn : CoaKolommen.VNummer;
        return (null, new CoaImportFout(regel.Regelnummer, kolom, null, new LocalizedText(
            "Deze gemeente heeft geen dossier met dit nummer. Registreer de inburgeraar eerst, of controleer het nummer op het informatieformulier.",
            "This municipality has no dossier with this number. Register the person first, or check the number on the information form.")));
    }

    /// <summary>Returns why the dossier cannot take COA information from this row, or <see langword="null"/> when it can.</summary>
    private static CoaImportFout? Controleer(CoaRegel regel, Dossier dossier, Dictionary<Guid, int> regelVanDossier)
    {
        var kolom = regel.Waarde(CoaKolommen.Bsn) is not null ? CoaKolommen.Bsn : CoaKolommen.VNummer;
        if (regelVanDossier.TryGetValue(dossier.Id, out var eerder))
        {
            return new CoaImportFout(regel.Regelnummer, kolom, null, new LocalizedText(
                $"Deze regel gaat over dezelfde inburgeraar als regel {eerder}. Laat één regel per inburgeraar staan.",
                $"This row is about the same person as line {eerder}. Keep one row per person."));
        }

        if (dossier.IsBeperkt)
        {
            return new CoaImportFout(regel.Regelnummer, kolom, null, BeperkingNotice.Text);
        }

        if (!CoaDoelgroep.GeldtVoor(dossier.Doelgroep))
        {
            return new CoaImportFout(regel.Regelnummer, kolom, null, CoaDoelgroep.Weigering(dossier.Doelgroep));
        }

        return dossier.Status.IsFinal() ? new CoaImportFout(regel.Regelnummer, kolom, null, CoaMeldingen.DossierAfgesloten) : null;
    }

    /// <summary>Returns the row's value of <paramref name="veld"/>, or the stored value when the file lacks the column.</summary>
    private static string? Waarde(CoaRegel regel, FieldDefinition veld, Dictionary<string, string?>? opgeslagen)
    {
        var kolom = CoaKolommen.KolomVan(veld);
        if (regel.HeeftKolom(kolom))
        {
            return regel.Waarde(kolom);
        }

        return opgeslagen?.GetValueOrDefault(veld.Key);
    }

    private static CoaImportFout Fout(CoaRegel regel, CoaInvoerFout fout)
    {
        var kolom = CoaKolommen.KolomVan(fout.Veld);
        return new CoaImportFout(regel.Regelnummer, kolom, regel.Waarde(kolom), fout.Melding);
    }

    /// <summary>Records one Update per changed dossier and one Read per other dossier a row was matched to.</summary>
    private async Task RegistreerAsync(IEnumerable<Dossier> dossiers, HashSet<Guid> gewijzigd, CancellationToken cancellationToken)
    {
        var records = dossiers
            .Select(d => new ProcessingRecord(
                InburgeringProcessingActivities.CoaInformatie,
                gewijzigd.Contains(d.Id) ? ProcessingOperation.Update : ProcessingOperation.Read,
                DossierSubject.Of(d)))
            .ToList();
        if (records.Count == 0)
        {
            return;
        }

        await processingLog.RecordAllAsync(records, cancellationToken);
    }
}
