using System.Globalization;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Voortgang;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.DuoPortaal;

/// <summary>
/// The default <see cref="IDuoRegistratiePoort"/>: adds each fact as an open item to the worklist "Registreren in het
/// DUO-portaal" in the scope's context, for the caller's save to store. A fact already on the list adds nothing. A new
/// PVT signing or MAP result voids the dossier's open item of the same kind, because DUO needs only the latest.
/// </summary>
internal sealed class HandmatigeDuoRegistratie(
    InburgeringDbContext db,
    TimeProvider clock,
    ILogger<HandmatigeDuoRegistratie> logger) : IDuoRegistratiePoort
{
    public Task PvtOndertekendAsync(Dossier dossier, DateOnly datumOndertekening, CancellationToken cancellationToken) =>
        VoegToeAsync(dossier, DuoRegistratieSoort.PvtOndertekend, Iso(datumOndertekening), datumOndertekening, vervangtOpen: true, _ => { }, cancellationToken);

    public Task MapResultaatAsync(Dossier dossier, OnderdeelResultaat resultaat, DateOnly datumEindgesprek, CancellationToken cancellationToken) =>
        VoegToeAsync(dossier, DuoRegistratieSoort.MapResultaat, $"{resultaat}:{Iso(datumEindgesprek)}", datumEindgesprek, vervangtOpen: true, r => r.Resultaat = resultaat, cancellationToken);

    public Task PipVastgesteldAsync(Dossier dossier, PipVersie versie, CancellationToken cancellationToken) =>
        PipAsync(dossier, versie, DuoRegistratieSoort.PipVastgesteld, cancellationToken);

    public Task LeerrouteGewijzigdAsync(Dossier dossier, PipVersie versie, CancellationToken cancellationToken) =>
        PipAsync(dossier, versie, DuoRegistratieSoort.LeerrouteGewijzigd, cancellationToken);

    private Task PipAsync(Dossier dossier, PipVersie versie, DuoRegistratieSoort soort, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(versie);

        var dagtekening = versie.Dagtekening ?? throw new InvalidOperationException($"PIP version {versie.Id} is reported to DUO before it was adopted.");
        return VoegToeAsync(
            dossier,
            soort,
            "v" + versie.Versienummer.ToString(CultureInfo.InvariantCulture),
            dagtekening,
            vervangtOpen: false,
            registratie =>
            {
                registratie.Leerroute = versie.Leerroute;
                registratie.Niveau = versie.Niveau;
                registratie.PipVersienummer = versie.Versienummer;
                registratie.PipSoort = versie.Soort;
            },
            cancellationToken);
    }

    private async Task VoegToeAsync(
        Dossier dossier,
        DuoRegistratieSoort soort,
        string feitversie,
        DateOnly datum,
        bool vervangtOpen,
        Action<DuoRegistratie> vulFeiten,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);

        // The caller may report the fact twice before its save, so the items added in this scope count too.
        // NOTE: two saves of the same fact at once make the second fail on the unique index. The callers also check the
        // dossier's version, which usually reports the conflict first, but a unique violation is not turned into one.
        var vanDezeSoort = await db.DuoRegistraties
            .Where(r => r.DossierId == dossier.Id && r.Soort == soort)
            .ToListAsync(cancellationToken);
        vanDezeSoort.AddRange(db.DuoRegistraties.Local.Where(r => r.DossierId == dossier.Id && r.Soort == soort && !vanDezeSoort.Contains(r)));

        if (vanDezeSoort.FirstOrDefault(r => r.Feitversie == feitversie) is { } bestaand)
        {
            Log.DuoRegistratieAlAanwezig(logger, bestaand.Id, soort, dossier.Id);
            return;
        }

        if (vervangtOpen)
        {
            foreach (var open in vanDezeSoort.Where(r => r.Status == DuoRegistratieStatus.Open))
            {
                open.Status = DuoRegistratieStatus.Vervallen;
            }
        }

        var registratie = new DuoRegistratie
        {
            Id = Guid.CreateVersion7(),
            Gemeente = dossier.Gemeente,
            DossierId = dossier.Id,
            Soort = soort,
            Feitversie = feitversie,
            Datum = datum,
            AangemaaktOp = clock.GetUtcNow(),
            Status = DuoRegistratieStatus.Open,
        };
        vulFeiten(registratie);
        db.DuoRegistraties.Add(registratie);

        Log.DuoRegistratieToegevoegd(logger, registratie.Id, soort, dossier.Id);
    }

    private static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
