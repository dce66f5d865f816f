using Host.Abstractions;

namespace Showcase.Plugin;

/// <summary>The showcase's field definitions.</summary>
internal static class ShowcaseFields
{
    public static IReadOnlyList<ChoiceOption> Options { get; } =
    [
        new("a", new("Optie A", "Option A")),
        new("b", new("Optie B", "Option B")),
        new("c", new("Optie C", "Option C")),
    ];

    public static IReadOnlyList<ChoiceOption> Statuses { get; } =
    [
        new("open", new("Open", "Open")),
        new("gesloten", new("Gesloten", "Closed")),
    ];

    public static FieldDefinition Title { get; } = new("titel", new("Titel", "Title"), FieldType.Text) { Required = true, MaxLength = 20 };

    public static FieldDefinition Notes { get; } = new("notities", new("Notities", "Notes"), FieldType.MultilineText) { MaxLength = 200, EditPermission = ShowcasePermissions.EditNotes };

    public static FieldDefinition Amount { get; } = new("bedrag", new("Bedrag", "Amount"), FieldType.Number) { Minimum = 0, Maximum = 1000 };

    public static FieldDefinition Active { get; } = new("actief", new("Actief", "Active"), FieldType.Boolean);

    public static FieldDefinition Start { get; } = new("start", new("Startdatum", "Start date"), FieldType.Date);

    public static FieldDefinition Choice { get; } = new("keuze", new("Keuze", "Choice"), FieldType.Choice) { Choices = Options, Required = true };

    public static FieldDefinition Choices { get; } = new("keuzes", new("Keuzes", "Choices"), FieldType.MultiChoice) { Choices = Options };

    /// <summary>Applies only when <see cref="Choice"/> is option C.</summary>
    public static FieldDefinition Reason { get; } = new("reden", new("Reden voor optie C", "Reason for option C"), FieldType.Text)
    {
        Required = true,
        VisibleWhen = new FieldCondition("keuze", ["c"]),
    };

    public static FieldDefinition Born { get; } = new("geboren", new("Geboortedatum", "Date of birth"), FieldType.PartialDate);

    public static FieldDefinition Changed { get; } = new("gewijzigd", new("Gewijzigd op", "Changed on"), FieldType.DateTime);

    public static FieldDefinition Bsn { get; } = new("bsn", new("BSN", "BSN"), FieldType.Bsn);

    public static FieldDefinition Item { get; } = new("item", new("Gekoppeld item", "Linked item"), FieldType.Reference);

    public static FieldDefinition Name { get; } = new("naam", new("Naam", "Name"), FieldType.Text);

    public static FieldDefinition Status { get; } = new("status", new("Status", "Status"), FieldType.Choice) { Choices = Statuses };

    public static FieldDefinition Number { get; } = new("aantal", new("Aantal", "Count"), FieldType.Number);
}
