namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// Checks the form of every value of one delivered row, the same for the file import, the portal and the API, and
/// reports all wrong values of the row at once. Whether the student is referred to the aanbieder, and whether the row
/// repeats or overlaps another, is checked when the delivery is processed.
/// </summary>
internal static class LeveringRegelValidatie
{
    public const int MaxLengteLeveringId = 100;

    public const int MaxLengteTrajectRef = 50;

    public const int MaxLengteUitvalreden = 200;

    public const int MaxLengteOpmerking = 500;

    /// <summary>Returns the typed row, or every wrong value of <paramref name="regel"/>.</summary>
    /// <param name="regel">The row as text.</param>
    /// <param name="vandaag">Today in Europe/Amsterdam: no period, exam or einddatum may lie after it.</param>
    public static RegelValidatie Valideer(LeveringRegel regel, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(regel);

        var lezer = new LeveringRegelLezer(regel);

        var leveringId = lezer.Tekst(LeveringKolommen.LeveringId, verplicht: true, MaxLengteLeveringId);
        var kvk = lezer.Cijfers(LeveringKolommen.AanbiederKvk, verplicht: true, 8, LeveringMeldingen.GeenKvk);
        var vestigingsnummer = lezer.Cijfers(LeveringKolommen.Vestigingsnummer, verplicht: false, 12, LeveringMeldingen.GeenVestigingsnummer);
        var bsn = lezer.Bsn();
        var trajectRef = lezer.Tekst(LeveringKolommen.TrajectRef, verplicht: false, MaxLengteTrajectRef);
        var leerroute = lezer.Leerroute();
        var onderdeel = lezer.Code(LeveringKolommen.Onderdeel, verplicht: true, LeveringCodes.Onderdelen);

        var periode = lezer.Periode(vandaag);
        var uren = lezer.Uren(periode);

        var niveauLezen = lezer.Niveau(LeveringKolommen.NiveauLezen);
        var niveauLuisteren = lezer.Niveau(LeveringKolommen.NiveauLuisteren);
        var niveauSpreken = lezer.Niveau(LeveringKolommen.NiveauSpreken);
        var niveauSchrijven = lezer.Niveau(LeveringKolommen.NiveauSchrijven);

        var examen = lezer.Examen(vandaag);
        var verloop = lezer.Verloop(vandaag, MaxLengteUitvalreden);
        var opmerking = lezer.Tekst(LeveringKolommen.Opmerking, verplicht: false, MaxLengteOpmerking);

        if (lezer.Fouten.Count > 0 || periode is null || uren is null)
        {
            return new RegelValidatie(null, lezer.Fouten);
        }

        var gevalideerd = new GevalideerdeRegel(
            regel.Regelnummer,
            leveringId!,
            kvk!,
            vestigingsnummer,
            bsn!.Value.Value,
            trajectRef,
            leerroute,
            onderdeel!.Value,
            periode.Value.Van,
            periode.Value.Tot,
            uren.Aangeboden,
            uren.GevolgdFysiek,
            uren.GevolgdOnline,
            uren.GeoorloofdVerzuim,
            uren.OngeoorloofdVerzuim)
        {
            NiveauLezen = niveauLezen,
            NiveauLuisteren = niveauLuisteren,
            NiveauSpreken = niveauSpreken,
            NiveauSchrijven = niveauSchrijven,
            ExamenOnderdeel = examen.Onderdeel,
            ExamenDatum = examen.Datum,
            ExamenResultaat = examen.Resultaat,
            Startdatum = verloop.Startdatum,
            Einddatum = verloop.Einddatum,
            Uitvalreden = verloop.Uitvalreden,
            Opmerking = opmerking,
        };

        return new RegelValidatie(gevalideerd, []);
    }
}
