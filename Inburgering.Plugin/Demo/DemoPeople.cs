using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.DuoSignalen;
using static Inburgering.Plugin.Demo.DemoVerloop;

namespace Inburgering.Plugin.Demo;

/// <summary>
/// The demo inburgeraars per gemeente: persons of the RvIG BRP test set and V-nummers of asielstatushouders without a
/// BSN. Rotterdam (0599) has at least 5 unrestricted dossiers per doelgroep, so its dashboard shows counts and not "minder dan 5".
/// </summary>
/// <remarks>
/// BSNs 999993653 and 000009921 are left out on purpose: the demo walk-through registers them by hand.
/// </remarks>
internal static class DemoPeople
{
    /// <summary>The people of the first demo gemeente, and of any gemeente without a list of its own.</summary>
    public static IReadOnlyList<DemoPerson> Rotterdam { get; } =
    [
        new("999992806", null, Doelgroep.Asielstatushouder, InTrajectBegeleid),
        new("999995017", null, Doelgroep.Gezinsmigrant, PipGeschakeld) { Signalen = [(DuoSignaalSoort.Correctie, DuoSignaalStatus.Verwerkt)] },
        new("999990482", null, Doelgroep.OverigeMigrant, IntakeAfgerondPipVerlengd),
        new(null, "1234567890", Doelgroep.Asielstatushouder, Gekoppeld),
        new(null, "3456789012", Doelgroep.Asielstatushouder, Gekoppeld)
        {
            Beperkt = true,
            Signalen = [(DuoSignaalSoort.NieuwePlichtige, DuoSignaalStatus.Verwerkt), (DuoSignaalSoort.Intrekking, DuoSignaalStatus.Verwerkt)],
        },
        new("999990159", null, Doelgroep.Asielstatushouder, IntakeGestart),
        new(null, "4567890123", Doelgroep.Asielstatushouder, GekoppeldPipBinnenkort) { Signalen = [(DuoSignaalSoort.NieuwePlichtige, DuoSignaalStatus.Verwerkt)] },
        new(null, "5678901234", Doelgroep.Asielstatushouder, Ontheffing),
        new("999993938", null, Doelgroep.Gezinsmigrant, Voldaan2023),
        new("999992466", null, Doelgroep.Gezinsmigrant, InTrajectTermijnEindigt),
        new("999990172", null, Doelgroep.Gezinsmigrant, InTrajectVerlengd),
        new("999991176", null, Doelgroep.Gezinsmigrant, Vertrokken),
        new("999991838", null, Doelgroep.OverigeMigrant, InTrajectAfgeschaald) { Signalen = [(DuoSignaalSoort.Correctie, DuoSignaalStatus.Nieuw)] },
        new("999994748", null, Doelgroep.OverigeMigrant, GekoppeldPipBinnenkort),
        new("999996976", null, Doelgroep.OverigeMigrant, Voldaan),
        new("999996988", null, Doelgroep.OverigeMigrant, IntakeGestart),
    ];

    /// <summary>Other people for 's-Gravenhage (0518), so the two demo gemeenten are easy to distinguish.</summary>
    public static IReadOnlyList<DemoPerson> DenHaag { get; } =
    [
        new("999999333", null, Doelgroep.Gezinsmigrant, InTrajectAfgeschaald),
        new("999991905", null, Doelgroep.OverigeMigrant, IntakeAfgerondPipVerlengd),
        new(null, "2345678901", Doelgroep.Asielstatushouder, Gekoppeld) { Signalen = [(DuoSignaalSoort.NieuwePlichtige, DuoSignaalStatus.Verwerkt)] },
        new("999992016", null, Doelgroep.Gezinsmigrant, PipGeschakeld),
        new("999991334", null, Doelgroep.OverigeMigrant, Voldaan),
        new("999990081", null, Doelgroep.Asielstatushouder, InTrajectBegeleid),
        new(null, "6789012345", Doelgroep.Asielstatushouder, Ontheffing),
        new("999990871", null, Doelgroep.OverigeMigrant, Vertrokken),
    ];

    /// <summary>
    /// New-plichtige signals per gemeente for persons without a dossier yet, so the DUO inbox has a signal to process.
    /// </summary>
    public static IReadOnlyList<DemoPerson> NogNietGeregistreerd(string gemeente) => gemeente == "0518"
        ? [new(null, "8901234567", Doelgroep.Asielstatushouder, Gekoppeld) { Signalen = [(DuoSignaalSoort.NieuwePlichtige, DuoSignaalStatus.Nieuw)] }]
        : [new(null, "7890123456", Doelgroep.Asielstatushouder, Gekoppeld) { Signalen = [(DuoSignaalSoort.NieuwePlichtige, DuoSignaalStatus.Nieuw)] }];

    /// <summary>Returns the people of <paramref name="gemeente"/>.</summary>
    public static IReadOnlyList<DemoPerson> Of(string gemeente) => gemeente == "0518" ? DenHaag : Rotterdam;
}
