using Host.Abstractions;
using Inburgering.Plugin.Dossiers;

namespace Inburgering.Plugin.Begeleiding;

/// <summary>
/// The fields of ontzorgen, maatschappelijke begeleiding and voortgangsgesprekken. The keys are unique across the
/// screen's actions, because the screen fills all their forms from one set of values.
/// </summary>
internal static class BegeleidingFields
{
    /// <summary>The maximum length of notes and afspraken.</summary>
    public const int NotesMaxLength = 4000;

    public static IReadOnlyList<ChoiceOption> VasteLastChoices { get; } =
    [
        new(nameof(VasteLast.Huur), new LocalizedText("Huur", "Rent")),
        new(nameof(VasteLast.Energie), new LocalizedText("Energie (gas, water, elektriciteit)", "Energy (gas, water, electricity)")),
        new(nameof(VasteLast.Zorgverzekering), new LocalizedText("Zorgverzekering", "Health insurance")),
    ];

    public static FieldDefinition BijstandSinds { get; } =
        new("bijstandSinds", new LocalizedText("Bijstand sinds", "Social assistance since"), FieldType.Date);

    public static FieldDefinition OntzorgenStart { get; } =
        new("ontzorgenStart", new LocalizedText("Start ontzorgen", "Start of unburdening"), FieldType.Date);

    public static FieldDefinition OntzorgenEinde { get; } =
        new("ontzorgenEinde", new LocalizedText("Einde ontzorgen", "End of unburdening"), FieldType.Date);

    public static FieldDefinition AfwijkingReden { get; } =
        new("afwijkingReden", new LocalizedText("Reden voor een andere einddatum", "Reason for another end date"), FieldType.MultilineText)
        {
            MaxLength = DossierFields.ReasonMaxLength,
        };

    public static FieldDefinition VasteLasten { get; } =
        new("vasteLasten", new LocalizedText("Vaste lasten betaald uit de bijstand", "Fixed charges paid from the benefit"), FieldType.MultiChoice)
        {
            Choices = VasteLastChoices,
        };

    public static FieldDefinition MachtigingOndertekendOp { get; } =
        new("machtigingOndertekendOp", new LocalizedText("Machtiging ondertekend op", "Authorisation signed on"), FieldType.Date);

    public static FieldDefinition WeigeringOp { get; } =
        new("weigeringOp", new LocalizedText("Geweigerd op", "Refused on"), FieldType.Date);

    public static FieldDefinition WeigeringToelichting { get; } =
        new("weigeringToelichting", new LocalizedText("Toelichting bij de weigering", "Explanation of the refusal"), FieldType.MultilineText)
        {
            MaxLength = DossierFields.ReasonMaxLength,
        };

    public static FieldDefinition Organisatie { get; } =
        new("begeleidingOrganisatie", new LocalizedText("Organisatie", "Organisation"), FieldType.Text) { MaxLength = 200 };

    public static FieldDefinition Contactpersoon { get; } =
        new("begeleidingContactpersoon", new LocalizedText("Contactpersoon", "Contact person"), FieldType.Text) { MaxLength = 200 };

    public static FieldDefinition BegeleidingStart { get; } =
        new("begeleidingStart", new LocalizedText("Start begeleiding", "Start of guidance"), FieldType.Date);

    public static FieldDefinition BegeleidingEinde { get; } =
        new("begeleidingEinde", new LocalizedText("Einde begeleiding", "End of guidance"), FieldType.Date);

    public static FieldDefinition BegeleidingNotities { get; } =
        new("begeleidingNotities", new LocalizedText("Notities", "Notes"), FieldType.MultilineText) { MaxLength = NotesMaxLength };

    public static FieldDefinition GeplandOp { get; } =
        new("geplandOp", new LocalizedText("Gepland op", "Planned for"), FieldType.DateTime);

    public static FieldDefinition GehoudenOp { get; } =
        new("gehoudenOp", new LocalizedText("Gehouden op", "Held on"), FieldType.DateTime);

    public static FieldDefinition GesprekDatum { get; } =
        new("gesprekDatum", new LocalizedText("Datum van het gesprek", "Date of the meeting"), FieldType.Date);

    public static FieldDefinition GesprekTijd { get; } =
        new("gesprekTijd", new LocalizedText("Tijd van het gesprek", "Time of the meeting"), FieldType.Text)
        {
            MaxLength = 5,
            Privacy = PrivacyClass.Normal,
            Hint = new LocalizedText("Nederlandse tijd als uu:mm, bijvoorbeeld 14:30.", "Dutch time as hh:mm, for example 14:30."),
        };

    public static FieldDefinition GehoudenDatum { get; } =
        new("gehoudenDatum", new LocalizedText("Gehouden op (datum)", "Held on (date)"), FieldType.Date);

    public static FieldDefinition GehoudenTijd { get; } =
        GesprekTijd with { Key = "gehoudenTijd", Label = new LocalizedText("Gehouden om (tijd)", "Held at (time)") };

    public static FieldDefinition GesprekNotities { get; } =
        new("gesprekNotities", new LocalizedText("Notities", "Notes"), FieldType.MultilineText) { MaxLength = NotesMaxLength };

    public static FieldDefinition Afspraken { get; } =
        new("gesprekAfspraken", new LocalizedText("Afspraken", "Agreements"), FieldType.MultilineText) { MaxLength = NotesMaxLength };
}
