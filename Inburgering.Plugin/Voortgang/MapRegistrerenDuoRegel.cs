using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Werkvoorraad;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Voortgang;

/// <summary>
/// "MAP registreren bij DUO": after the eindgesprek the gemeente registers the MAP result in DUO's Portaal Inburgering.
/// The task is open from the eindgesprek until the consulent marks the result registered, due 7 days after the
/// eindgesprek.
/// </summary>
internal sealed class MapRegistrerenDuoRegel(InburgeringDbContext db) : ITermijnRegel
{
    public const string TaakKind = "inburgering.map-registreren-duo";

    /// <summary>The days from the eindgesprek to the due date.</summary>
    public const int DagenTotVervaldatum = 7;

    public string Kind => TaakKind;

    public LocalizedText KindName { get; } = new("MAP registreren bij DUO", "Register MAP with DUO");

    public async Task<IReadOnlyList<TermijnTaak>> TakenAsync(DateOnly vandaag, CancellationToken cancellationToken)
    {
        var open = await (
            from map in db.MapOnderdelen.AsNoTracking()
            join dossier in db.Dossiers.AsNoTracking() on map.DossierId equals dossier.Id
            where map.DatumEindgesprek != null && map.DuoGeregistreerdOp == null
                && dossier.BeperktOp == null && dossier.GeanonimiseerdOp == null
            select new { Dossier = dossier, Eindgesprek = map.DatumEindgesprek!.Value })
            .ToListAsync(cancellationToken);

        return
        [
            .. open.Select(o => new TermijnTaak(
                new WorkTask(
                    $"{TaakKind}:{o.Dossier.Id}",
                    TaakKind,
                    o.Dossier.Id.ToString(),
                    new LocalizedText(
                        "Registreer het resultaat van de MAP in het DUO-portaal",
                        "Register the MAP result in the DUO portal"),
                    o.Eindgesprek.AddDays(DagenTotVervaldatum))
                {
                    RecordScreenId = DossierOnderdelen.VoortgangScreenId,
                },
                DossierSubject.Of(o.Dossier))),
        ];
    }
}
