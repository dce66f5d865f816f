using Host.Abstractions;
using Inburgering.Plugin.Dossiers;

namespace Inburgering.Plugin.DuoPortaal;

/// <summary>The fields of the worklist of DUO registrations, its item screen and the action that marks an item done.</summary>
internal static class DuoRegistratieFields
{
    public static FieldDefinition Soort { get; } =
        new("soort", new LocalizedText("Soort registratie", "Kind of registration"), FieldType.Choice)
        {
            Privacy = PrivacyClass.Normal,
            Choices =
            [
                new(nameof(DuoRegistratieSoort.PvtOndertekend), new LocalizedText("PVT ondertekend", "PVT signed")),
                new(nameof(DuoRegistratieSoort.MapResultaat), new LocalizedText("Resultaat MAP", "MAP result")),
                new(nameof(DuoRegistratieSoort.PipVastgesteld), new LocalizedText("PIP vastgesteld", "PIP adopted")),
                new(nameof(DuoRegistratieSoort.LeerrouteGewijzigd), new LocalizedText("Leerroute gewijzigd", "Learning route changed")),
            ],
        };

    public static FieldDefinition Status { get; } =
        new("status", new LocalizedText("Status", "Status"), FieldType.Choice)
        {
            Privacy = PrivacyClass.Normal,
            Choices =
            [
                new(nameof(DuoRegistratieStatus.Open), new LocalizedText("Open", "Open")),
                new(nameof(DuoRegistratieStatus.Geregistreerd), new LocalizedText("Geregistreerd", "Registered")),
                new(nameof(DuoRegistratieStatus.Vervallen), new LocalizedText("Vervallen", "Void")),
            ],
        };

    public static FieldDefinition Omschrijving { get; } =
        new("omschrijving", new LocalizedText("Te registreren", "To register"), FieldType.Text);

    public static FieldDefinition Datum { get; } =
        new("datum", new LocalizedText("Datum van het feit", "Date of the fact"), FieldType.Date);

    public static FieldDefinition AangemaaktOp { get; } =
        new("aangemaaktOp", new LocalizedText("Op de lijst gezet op", "Added to the list on"), FieldType.DateTime) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition Dossier { get; } =
        new("dossier", new LocalizedText("Dossier (id)", "Dossier (id)"), FieldType.Text) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition GeregistreerdOp { get; } =
        new("geregistreerdOp", new LocalizedText("Geregistreerd in het DUO-portaal op", "Registered in the DUO portal on"), FieldType.Date)
        {
            Hint = new LocalizedText(
                "De dag waarop u het feit in het DUO-portaal hebt geregistreerd, als dd-mm-jjjj. Niet in de toekomst en niet vóór de datum van het feit.",
                "The day you registered the fact in the DUO portal, as dd-mm-yyyy. Not in the future and not before the date of the fact."),
        };

    public static FieldDefinition GeregistreerdDoor { get; } =
        new("geregistreerdDoor", new LocalizedText("Afgevinkt door (gebruikers-id)", "Marked done by (user id)"), FieldType.Text) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition Toelichting { get; } =
        new("toelichting", new LocalizedText("Toelichting", "Note"), FieldType.MultilineText) { MaxLength = DossierFields.ReasonMaxLength };
}
