using Host.Abstractions;

namespace Inburgering.Plugin.Leveringen;

/// <summary>Why a delivery as a whole is refused before any row is stored, with what to do instead.</summary>
internal static class LeveringWeigeringen
{
    /// <summary>The longest reference the <c>leveringen</c> table stores.</summary>
    public const int MaximumReferentieLengte = 100;

    public static LocalizedText GeenReferentie { get; } = new(
        "De levering heeft geen levering_id. Geef de levering een eigen levering_id, bijvoorbeeld 2026-11-taal.",
        "The delivery has no levering_id. Give the delivery its own levering_id, for example 2026-11-taal.");

    public static LocalizedText TeLangeReferentie { get; } = new(
        $"De levering_id is langer dan {MaximumReferentieLengte} tekens. Kies een kortere levering_id.",
        $"The levering_id is longer than {MaximumReferentieLengte} characters. Choose a shorter levering_id.");

    public static LocalizedText GeenRechtOmTeImporteren { get; } = new(
        "U mag geen leveringen importeren namens een aanbieder. Vraag uw beheerder om het recht 'leveringen importeren'.",
        "You may not import deliveries on behalf of an aanbieder. Ask your administrator for the permission to import deliveries.");

    public static LocalizedText OnbekendeAanbieder { get; } = new(
        "De gekozen aanbieder is niet bekend of niet actief in deze gemeente. Kies een actieve aanbieder uit de lijst.",
        "The chosen aanbieder is unknown or not active in this municipality. Choose an active aanbieder from the list.");

    public static LocalizedText GeenRechtOmAanTeLeveren { get; } = new(
        "U mag geen aanwezigheid en voortgang aanleveren. Vraag de beheerder van uw organisatie om het recht 'aanleveren'.",
        "You may not deliver attendance and progress. Ask your organisation's administrator for the permission to deliver.");

    public static LocalizedText GeenAanbieder { get; } = new(
        "Uw account hoort niet bij een actieve aanbieder van deze gemeente, dus u kunt niets aanleveren. Vraag de gemeente om uw organisatie (KvK-nummer en vestigingsnummer) als aanbieder te registreren.",
        "Your account does not belong to an active aanbieder of this municipality, so you cannot deliver. Ask the municipality to register your organisation (KvK number and branch number) as an aanbieder.");

    public static LocalizedText GeenVestigingsnummer { get; } = new(
        "Uw organisatie heeft meerdere vestigingen bij deze gemeente. Vul in de kolom vestigingsnummer het vestigingsnummer in waarvoor u levert.",
        "Your organisation has several branches in this municipality. Fill in the column vestigingsnummer with the branch number you deliver for.");

    public static LocalizedText GeenRegels { get; } = new(
        "De levering bevat geen regels. Lever ten minste één regel aan.",
        "The delivery has no rows. Deliver at least one row.");

    public static LocalizedText OnbekendeVestiging(string vestigingsnummer, IEnumerable<string> eigen) =>
        new(
            $"Vestigingsnummer '{vestigingsnummer}' is geen vestiging van uw organisatie bij deze gemeente. Gebruik een van deze vestigingsnummers: {string.Join(", ", eigen)}.",
            $"Branch number '{vestigingsnummer}' is not a branch of your organisation in this municipality. Use one of these branch numbers: {string.Join(", ", eigen)}.");

    /// <summary>Returns the refusal of a reference the aanbieder used before for other rows, received on <paramref name="ontvangenOp"/>.</summary>
    public static LocalizedText ReferentieAlGebruikt(string referentie, DateOnly ontvangenOp) =>
        new(
            $"levering_id {referentie} is al gebruikt voor een andere levering op {VerwerkingMeldingen.Nl(ontvangenOp)}; gebruik een nieuwe levering_id.",
            $"levering_id {referentie} was already used for another delivery on {VerwerkingMeldingen.Iso(ontvangenOp)}; use a new levering_id.");
}
