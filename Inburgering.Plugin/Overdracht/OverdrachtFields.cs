using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;

namespace Inburgering.Plugin.Overdracht;

/// <summary>The fields of the overdracht actions and screens.</summary>
internal static class OverdrachtFields
{
    public static FieldDefinition OntvangerGemeente { get; } = new("ontvangerGemeente", new LocalizedText("Ontvangende gemeente (gemeentecode)", "Receiving municipality (municipality code)"), FieldType.Text)
    {
        Privacy = PrivacyClass.Normal,
        MaxLength = 4,
        Hint = new LocalizedText(
            "De viercijferige CBS-gemeentecode van de nieuwe woongemeente, bijvoorbeeld 0518 voor 's-Gravenhage.",
            "The four-digit CBS code of the new municipality of residence, for example 0518 for The Hague."),
    };

    public static FieldDefinition Verhuisdatum { get; } = new("verhuisdatum", new LocalizedText("Verhuisdatum", "Moving date"), FieldType.Date)
    {
        Privacy = PrivacyClass.Normal,
        Hint = new LocalizedText(
            "De dag van de verhuizing volgens de BRP; niet in de toekomst. Bij verzenden wordt het dossier op deze dag afgesloten als Vertrokken.",
            "The day of the move according to the BRP; not in the future. On sending, the dossier is closed as Moved away on this day."),
    };

    public static FieldDefinition GezondheidMeesturen { get; } = new("gezondheidMeesturen", new LocalizedText("Gezondheidsgegevens meesturen", "Include health details"), FieldType.Boolean)
    {
        Privacy = PrivacyClass.Normal,
        Hint = new LocalizedText(
            "Alleen als de nieuwe gemeente ze nodig heeft voor het nieuwe PIP; geef dan de reden op.",
            "Only when the new municipality needs them for the new PIP; then give the reason."),
    };

    public static FieldDefinition GezondheidReden { get; } = new("gezondheidReden", new LocalizedText("Reden om gezondheidsgegevens mee te sturen", "Reason to include health details"), FieldType.MultilineText)
    {
        Privacy = PrivacyClass.SpecialCategory,
        ViewPermission = InburgeringPermissions.Gezondheid,
        EditPermission = InburgeringPermissions.Gezondheid,
        MaxLength = OverdrachtConfiguration.RedenMaxLength,
        VisibleWhen = new FieldCondition("gezondheidMeesturen", ["true"]),
    };

    public static FieldDefinition Reden { get; } = new("reden", new LocalizedText("Reden", "Reason"), FieldType.MultilineText)
    {
        Privacy = PrivacyClass.Normal,
        MaxLength = OverdrachtConfiguration.RedenMaxLength,
        Hint = new LocalizedText(
            "Schrijf geen gezondheidsgegevens in de reden; de andere gemeente ziet hem.",
            "Do not write health details in the reason; the other municipality sees it."),
    };

    public static FieldDefinition Richting { get; } = Normal("richting", "Richting", "Direction", FieldType.Choice) with
    {
        Choices = [new ChoiceOption("Uitgaand", new LocalizedText("Uitgaand", "Outgoing")), new ChoiceOption("Inkomend", new LocalizedText("Inkomend", "Incoming"))],
    };

    public static FieldDefinition AfzenderGemeente { get; } = Normal("afzenderGemeente", "Afzendende gemeente", "Sending municipality", FieldType.Text);

    public static FieldDefinition AndereGemeente { get; } = Normal("andereGemeente", "Andere gemeente", "Other municipality", FieldType.Text);

    public static FieldDefinition Status { get; } = Normal("status", "Status", "Status", FieldType.Choice) with
    {
        Choices =
        [
            new ChoiceOption(nameof(OverdrachtStatus.Voorbereid), new LocalizedText("Voorbereid (nog niet verzonden)", "Prepared (not sent yet)")),
            new ChoiceOption(nameof(OverdrachtStatus.Verzonden), new LocalizedText("Verzonden", "Sent")),
            new ChoiceOption(nameof(OverdrachtStatus.Geaccepteerd), new LocalizedText("Geaccepteerd", "Accepted")),
            new ChoiceOption(nameof(OverdrachtStatus.Geweigerd), new LocalizedText("Geweigerd", "Refused")),
            new ChoiceOption(nameof(OverdrachtStatus.Ingetrokken), new LocalizedText("Ingetrokken", "Withdrawn")),
        ],
    };

    public static FieldDefinition Datum { get; } = Normal("datum", "Datum", "Date", FieldType.DateTime);

    public static FieldDefinition AfzenderDossier { get; } = Normal("afzenderDossier", "Dossier bij de afzender", "Dossier at the sender", FieldType.Text);

    public static FieldDefinition OntvangerDossier { get; } = Normal("ontvangerDossier", "Nieuw dossier bij de ontvanger", "New dossier at the receiver", FieldType.Text);

    public static FieldDefinition VoorbereidOp { get; } = Normal("voorbereidOp", "Voorbereid op", "Prepared on", FieldType.DateTime);

    public static FieldDefinition VoorbereidDoor { get; } = Normal("voorbereidDoor", "Voorbereid door", "Prepared by", FieldType.Text);

    public static FieldDefinition VerzondenOp { get; } = Normal("verzondenOp", "Verzonden op", "Sent on", FieldType.DateTime);

    public static FieldDefinition VerzondenDoor { get; } = Normal("verzondenDoor", "Verzonden door", "Sent by", FieldType.Text);

    public static FieldDefinition AfgehandeldOp { get; } = Normal("afgehandeldOp", "Afgehandeld op", "Settled on", FieldType.DateTime);

    public static FieldDefinition AfgehandeldDoor { get; } = Normal("afgehandeldDoor", "Afgehandeld door", "Settled by", FieldType.Text);

    private static FieldDefinition Normal(string key, string nl, string en, FieldType type) =>
        new(key, new LocalizedText(nl, en), type) { Privacy = PrivacyClass.Normal };
}
