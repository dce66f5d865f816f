using Inburgering.Plugin.Handhaving;

namespace Inburgering.Plugin.Tests.Handhaving;

/// <summary>Facts for the unit tests of the advice and the decision rules.</summary>
internal static class HandhavingFeiten
{
    public static HandhavingFeit Intake { get; } = Feit(HandhavingFeitSoort.NietDeelgenomenBredeIntake, null);

    public static HandhavingFeit PipLeerroute { get; } = Feit(HandhavingFeitSoort.PipVerwijtbaarNietNagekomen, PipVerplichting.Leerroute);

    public static HandhavingFeit PipParticipatiewet { get; } = Feit(HandhavingFeitSoort.PipVerwijtbaarNietNagekomen, PipVerplichting.ParticipatiewetOnderdeel);

    public static HandhavingFeit Uitzonderlijk { get; } = Feit(HandhavingFeitSoort.UitzonderlijkGeval, null);

    private static HandhavingFeit Feit(HandhavingFeitSoort soort, PipVerplichting? verplichting) => new()
    {
        Gemeente = "0599",
        Soort = soort,
        Datum = new DateOnly(2026, 11, 2),
        Verplichting = verplichting,
        Omschrijving = "Vastgelegd voor de test",
        GeregistreerdDoor = "medewerker-17",
    };
}
