using Host.Abstractions;
using Inburgering.Plugin.Leveringen;

namespace Inburgering.Plugin.DuoSignalen;

/// <summary>The messages of an import of DUO signals: what was stored, what was already known, and each wrong row with its fix.</summary>
internal static class DuoSignaalImportMeldingen
{
    /// <summary>Returns the action result of <paramref name="uitkomst"/>.</summary>
    public static ActionResult Resultaat(DuoSignaalImportUitkomst uitkomst, LeveringModus modus)
    {
        ArgumentNullException.ThrowIfNull(uitkomst);

        var sleutel = ImporteerDuoSignalenAction.Bestand.Key;
        if (uitkomst.Gelijktijdig)
        {
            return ActionResult.Invalid(new FieldError(sleutel, new LocalizedText(
                "Er is niets opgeslagen: tegelijk met deze import heeft iemand anders een van deze signalen opgeslagen. Importeer het bestand opnieuw; signalen die al in de inbox staan, worden overgeslagen.",
                "Nothing was stored: at the same time as this import someone else stored one of these signals. Import the file again; signals already in the inbox are skipped.")));
        }

        if (uitkomst.Fouten.Count > 0 && modus == LeveringModus.AllesOfNiets)
        {
            var samenvatting = new FieldError(sleutel, new LocalizedText(
                $"Er is niets opgeslagen: {AantalRegelsMetFouten(uitkomst)} van de {uitkomst.AantalRegels} regels hebben fouten. Verbeter ze en importeer het bestand opnieuw, of kies 'Alleen geldige regels'.",
                $"Nothing was stored: {AantalRegelsMetFouten(uitkomst)} of the {uitkomst.AantalRegels} rows have errors. Correct them and import the file again, or choose 'Valid rows only'."));
            return ActionResult.Invalid([samenvatting, .. Fouten(uitkomst.Fouten).Select(f => new FieldError(sleutel, f))]);
        }

        var melding = new LocalizedText(
            $"{uitkomst.Opgeslagen} van de {uitkomst.AantalRegels} regels zijn als nieuw signaal in de inbox gezet; {uitkomst.AlBekend} stonden er al in; {AantalRegelsMetFouten(uitkomst)} geweigerd.",
            $"{uitkomst.Opgeslagen} of the {uitkomst.AantalRegels} rows were put in the inbox as new signals; {uitkomst.AlBekend} were already there; {AantalRegelsMetFouten(uitkomst)} rejected.");
        if (uitkomst.Fouten.Count > 0)
        {
            var fouten = Fouten(uitkomst.Fouten);
            melding = new LocalizedText(
                melding.Nl + " " + string.Join(" ", fouten.Select(f => f.Nl)),
                melding.En + " " + string.Join(" ", fouten.Select(f => f.En)));
        }

        return ActionResult.Success(new ScreenLink(DuoSignalenScreen.ScreenId, null), melding);
    }

    /// <summary>Returns one message per error, "Regel 3, kolom bsn (waarde 12345): ...", up to the number shown, then the count of the rest.</summary>
    internal static IReadOnlyList<LocalizedText> Fouten(IReadOnlyList<DuoSignaalImportFout> fouten)
    {
        var meldingen = fouten.Take(ImporteerDuoSignalenAction.GetoondeFouten).Select(Melding).ToList();
        if (fouten.Count > ImporteerDuoSignalenAction.GetoondeFouten)
        {
            var rest = fouten.Count - ImporteerDuoSignalenAction.GetoondeFouten;
            meldingen.Add(new LocalizedText($"En nog {rest} fouten.", $"And {rest} more errors."));
        }

        return meldingen;
    }

    /// <summary>Returns the message of one error, naming its line, column and value.</summary>
    internal static LocalizedText Melding(DuoSignaalImportFout fout)
    {
        ArgumentNullException.ThrowIfNull(fout);

        var (plaatsNl, plaatsEn) = fout.Kolom is { } kolom
            ? ($"Regel {fout.Regelnummer}, kolom {kolom}", $"Line {fout.Regelnummer}, column {kolom}")
            : ($"Regel {fout.Regelnummer}", $"Line {fout.Regelnummer}");
        var (waardeNl, waardeEn) = fout.Waarde is { } waarde ? ($" (waarde '{waarde}')", $" (value '{waarde}')") : ("", "");

        return new LocalizedText($"{plaatsNl}{waardeNl}: {fout.Melding.Nl}", $"{plaatsEn}{waardeEn}: {fout.Melding.En}");
    }

    private static int AantalRegelsMetFouten(DuoSignaalImportUitkomst uitkomst) => uitkomst.Fouten.Select(f => f.Regelnummer).Distinct().Count();
}
