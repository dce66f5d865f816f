using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Werkvoorraad;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Voortgang;

/// <summary>
/// "PVT registreren bij DUO": once the participatieverklaring is signed, the gemeente registers the signing in DUO's
/// Portaal Inburgering. The task is open from the signing until the consulent marks it registered, due 7 days after the
/// signing.
/// </summary>
internal sealed class PvtRegistrerenDuoRegel(InburgeringDbContext db) : ITermijnRegel
{
    public const string TaakKind = "inburgering.pvt-registreren-duo";

    /// <summary>The days from the signing to the due date.</summary>
    public const int DagenTotVervaldatum = 7;

    public string Kind => TaakKind;

    public LocalizedText KindName { get; } = new("PVT registreren bij DUO", "Register PVT with DUO");

    public async Task<IReadOnlyList<TermijnTaak>> TakenAsync(DateOnly vandaag, CancellationToken cancellationToken)
    {
        var open = await (
            from pvt in db.PvtOnderdelen.AsNoTracking()
            join dossier in db.Dossiers.AsNoTracking() on pvt.DossierId equals dossier.Id
            where pvt.DatumOndertekening != null && pvt.DuoGeregistreerdOp == null
                && dossier.BeperktOp == null && dossier.GeanonimiseerdOp == null
            select new { Dossier = dossier, Ondertekend = pvt.DatumOndertekening!.Value })
            .ToListAsync(cancellationToken);

        return
        [
            .. open.Select(o => new TermijnTaak(
                new WorkTask(
                    $"{TaakKind}:{o.Dossier.Id}",
                    TaakKind,
                    o.Dossier.Id.ToString(),
                    new LocalizedText(
                        "Registreer de ondertekening van de participatieverklaring in het DUO-portaal",
                        "Register the signing of the participation statement in the DUO portal"),
                    o.Ondertekend.AddDays(DagenTotVervaldatum))
                {
                    RecordScreenId = DossierOnderdelen.VoortgangScreenId,
                },
                DossierSubject.Of(o.Dossier))),
        ];
    }
}
