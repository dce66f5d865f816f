using Host.Abstractions;

namespace Inburgering.Plugin.Aanbieders;

/// <summary>The error messages of the aanbieder and aanmelding forms, each naming the field and the fix.</summary>
internal static class AanbiederMeldingen
{
    public static FieldError OngeldigKvk(string? kvk) =>
        new(AanbiederFields.KvkNummer.Key, kvk is null
            ? new LocalizedText(
                "Vul het KvK-nummer in; dit veld is verplicht. Het KvK-nummer heeft acht cijfers, bijvoorbeeld 90059901.",
                "Enter the Chamber of Commerce number; this field is required. It has eight digits, for example 90059901.")
            : new LocalizedText(
                $"Het KvK-nummer '{kvk}' is ongeldig: vul acht cijfers in, zonder spaties of punten, bijvoorbeeld 90059901.",
                $"The Chamber of Commerce number '{kvk}' is invalid: enter eight digits, without spaces or dots, for example 90059901."));

    public static FieldError OngeldigVestigingsnummer(string vestigingsnummer) =>
        new(AanbiederFields.Vestigingsnummer.Key, new LocalizedText(
            $"Het vestigingsnummer '{vestigingsnummer}' is ongeldig: vul twaalf cijfers in, of laat het veld leeg voor de hele organisatie.",
            $"The branch number '{vestigingsnummer}' is invalid: enter twelve digits, or leave the field empty for the whole organisation."));

    public static FieldError Dubbel(string kvk, string? vestigingsnummer) =>
        vestigingsnummer is null
            ? new(AanbiederFields.KvkNummer.Key, new LocalizedText(
                $"Er is al een aanbieder met KvK-nummer {kvk} zonder vestigingsnummer in deze gemeente. Wijzig die aanbieder, of vul een vestigingsnummer in.",
                $"A course provider with Chamber of Commerce number {kvk} and no branch number already exists in this municipality. Change that provider, or enter a branch number."))
            : new(AanbiederFields.Vestigingsnummer.Key, new LocalizedText(
                $"Er is al een aanbieder met KvK-nummer {kvk} en vestigingsnummer {vestigingsnummer} in deze gemeente. Wijzig die aanbieder, of vul een ander vestigingsnummer in.",
                $"A course provider with Chamber of Commerce number {kvk} and branch number {vestigingsnummer} already exists in this municipality. Change that provider, or enter another branch number."));

    public static LocalizedText AanbiederGewijzigd { get; } = new(
        "Iemand anders heeft deze aanbieder intussen gewijzigd; er is niets opgeslagen. Open de aanbieder opnieuw en voer de wijziging nog eens door.",
        "Someone else changed this course provider in the meantime; nothing was saved. Open the provider again and make the change once more.");

    public static FieldError AanbiederNietGevonden { get; } = new("", new LocalizedText(
        "Deze aanbieder bestaat niet in deze gemeente. Open de aanbieder opnieuw vanuit de lijst met aanbieders.",
        "This course provider does not exist in this municipality. Open the provider again from the list of course providers."));
}
