using Host.Abstractions;

namespace Inburgering.Plugin.Termijn;

/// <summary>Messages the termijn actions and screen share.</summary>
internal static class TermijnMessages
{
    public static LocalizedText GeenTermijn { get; } = new(
        "Er loopt nog geen inburgeringstermijn: die begint de dag na de dagtekening van het eerste PIP. Stel eerst het PIP vast.",
        "No integration term is running yet: it starts the day after the date of the first PIP. First adopt the PIP.");

    /// <summary>Returns the error for a date outside the period from <paramref name="van"/> to <paramref name="tot"/>.</summary>
    public static FieldError DatumBuitenPeriode(FieldDefinition field, DateOnly van, DateOnly tot) => new(field.Key, new LocalizedText(
        $"'{field.Label.Nl}' moet tussen {Datum.Nl(van)} en vandaag ({Datum.Nl(tot)}) liggen. Kies een datum in die periode.",
        $"'{field.Label.En}' must lie between {Datum.En(van)} and today ({Datum.En(tot)}). Choose a date in that period."));
}
