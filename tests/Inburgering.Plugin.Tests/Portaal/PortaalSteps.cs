using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Tests.Aanbieders;

namespace Inburgering.Plugin.Tests.Portaal;

/// <summary>Steps the portal tests share: delivered periods stored directly, as the delivery processing stores them.</summary>
internal static class PortaalSteps
{
    /// <summary>Stores a delivery with one row for <paramref name="aanmelding"/> and returns the row.</summary>
    public static async Task<Voortgangsmelding> AddMeldingAsync(
        PluginHarness plugin,
        Aanmelding aanmelding,
        DateOnly van,
        DateOnly tot,
        decimal gevolgdFysiek,
        Vaardigheidsniveau? niveauLezen = null,
        DateTimeOffset? ontvangenOp = null)
    {
        var levering = new Levering
        {
            Id = Guid.CreateVersion7(),
            Gemeente = aanmelding.Gemeente,
            AanbiederId = aanmelding.AanbiederId,
            Kanaal = LeveringKanaal.Portaal,
            Referentie = $"test-{Guid.NewGuid():N}",
            Inhoudshash = new string('0', 64),
            Modus = LeveringModus.AllesOfNiets,
            Status = LeveringStatus.Verwerkt,
            AantalRegels = 1,
            AantalVerwerkt = 1,
            OntvangenOp = ontvangenOp ?? plugin.Clock.GetUtcNow(),
            OntvangenDoor = "aanbieder-medewerker-1",
        };
        var melding = new Voortgangsmelding
        {
            Id = Guid.CreateVersion7(),
            LeveringId = levering.Id,
            AanmeldingId = aanmelding.Id,
            AanbiederId = aanmelding.AanbiederId,
            DossierId = aanmelding.DossierId,
            Gemeente = aanmelding.Gemeente,
            Regelnummer = 1,
            Onderdeel = aanmelding.Onderdeel,
            PeriodeVan = van,
            PeriodeTot = tot,
            UrenAangeboden = 40m,
            UrenGevolgdFysiek = gevolgdFysiek,
            UrenGevolgdOnline = 2.5m,
            UrenGeoorloofdVerzuim = 1m,
            UrenOngeoorloofdVerzuim = 0.25m,
            NiveauLezen = niveauLezen,
            Startdatum = aanmelding.Startdatum,
            OntvangenOp = levering.OntvangenOp,
        };

        await AanbiederSteps.WithDbAsync(plugin, async db =>
        {
            db.Leveringen.Add(levering);
            db.Voortgangsmeldingen.Add(melding);
            await db.SaveChangesAsync();
        });

        return melding;
    }

    /// <summary>Marks <paramref name="oud"/> as corrected by <paramref name="nieuw"/>.</summary>
    public static Task VervangAsync(PluginHarness plugin, Voortgangsmelding oud, Voortgangsmelding nieuw) =>
        AanbiederSteps.WithDbAsync(plugin, async db =>
        {
            var stored = await db.Voortgangsmeldingen.FindAsync(oud.Id);
            stored!.VervangenDoorId = nieuw.Id;
            await db.SaveChangesAsync();
        });
}
