using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Overdracht;

/// <summary>
/// Builds the data-minimised package of a dossier: only the fields of <see cref="OverdrachtPakket"/>, the intake
/// summary only from a finished brede intake, health details only with a reason, only vastgesteld PIP versions, and
/// as open afspraken the running aanmeldingen, ontzorging and maatschappelijke begeleiding. Each build is one Read of
/// activity Overdracht in the processing log.
/// </summary>
internal sealed class OverdrachtPakketBouwer(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock) : IOverdrachtPakketten
{
    public async Task<OverdrachtPakket?> BouwAsync(Guid dossierId, GemeenteCode ontvanger, string? gezondheidReden, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == dossierId && d.GeanonimiseerdOp == null, cancellationToken);
        if (dossier is null)
        {
            return null;
        }

        var vandaag = AmsterdamTime.Today(clock);
        var intake = await db.BredeIntakes.AsNoTracking().SingleOrDefaultAsync(i => i.DossierId == dossierId, cancellationToken);
        var pipVersies = await db.PipVersies.AsNoTracking()
            .Where(v => v.DossierId == dossierId && v.Status == PipStatus.Vastgesteld)
            .OrderBy(v => v.Versienummer)
            .ToListAsync(cancellationToken);
        var onderdelen = await OverdrachtOnderdelen.LeesAsync(db, dossierId, vandaag, cancellationToken);

        var pakket = new OverdrachtPakket
        {
            Id = Guid.NewGuid(),
            AangemaaktOp = clock.GetUtcNow(),
            Afzender = new OverdrachtAfzender(dossier.Gemeente, dossier.Id) { VerzondenDoor = user.UserId },
            OntvangerGemeente = ontvanger.Value,
            Inburgeraar = Inburgeraar(dossier),
            Intake = intake is { AfgerondOp: { } afgerondOp } ? OverdrachtIntakeSamenvatting.Van(intake, afgerondOp) : null,
            Gezondheid = OverdrachtIntakeSamenvatting.Gezondheid(intake, gezondheidReden),
            PipVersies = [.. pipVersies.Select(PipVersie)],
            DagtekeningEerstePip = dossier.DagtekeningEerstePip,
            Leerroute = pipVersies.LastOrDefault()?.Leerroute.ToString(),
            Verlengingen = onderdelen.Verlengingen,
            Uren = onderdelen.Uren,
            Pvt = onderdelen.Pvt,
            Map = onderdelen.Map,
            Knm = onderdelen.Knm,
            Examens = onderdelen.Examens,
            OpenAfspraken = onderdelen.OpenAfspraken,
        };

        await processingLog.RecordAsync(
            new ProcessingRecord(InburgeringProcessingActivities.Overdracht, ProcessingOperation.Read, DossierSubject.Of(dossier)),
            cancellationToken);
        return pakket;
    }

    private static OverdrachtInburgeraar Inburgeraar(Dossier dossier) =>
        new(dossier.Doelgroep.ToString(), dossier.WetRegime.ToString(), dossier.Koppeldatum)
        {
            Bsn = dossier.Bsn,
            VNummer = dossier.VNummer,
            Naam = dossier.Naam,
            Geboortedatum = dossier.Geboortedatum,
            DuoKennisgevingOp = dossier.DuoKennisgevingOp,
        };

    private static OverdrachtPipVersie PipVersie(PipVersie versie) =>
        new(versie.Versienummer, versie.Soort.ToString(), versie.Dagtekening!.Value, versie.Leerroute.ToString(), versie.Niveau.ToString())
        {
            Wijzigingsreden = versie.Wijzigingsreden,
            Ondersteuning = versie.Ondersteuning,
            IntensiteitPvt = versie.IntensiteitPvt,
            IntensiteitMap = versie.IntensiteitMap,
            Knm = versie.Knm,
            Ontzorgen = versie.Ontzorgen,
            MaatschappelijkeBegeleiding = versie.MaatschappelijkeBegeleiding,
            Vve = versie.Vve,
        };
}
