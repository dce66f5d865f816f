using Host.Abstractions;

namespace Schuldhulp.Plugin;

/// <summary>The processing activity (verwerkingsactiviteit) the plugin records in the host's processing log.</summary>
internal sealed class SchuldhulpProcessingActivities : IProcessingActivityProvider
{
    public const string Aanmelding = "schuldhulp.aanmelding";

    public IReadOnlyList<ProcessingActivity> Activities { get; } =
    [
        new ProcessingActivity(
            Aanmelding,
            new LocalizedText("Aanmelding schuldhulpverlening", "Application for debt counselling"),
            new LocalizedText(
                "De gemeente registreert en bekijkt de aanmelding van een inwoner voor schuldhulpverlening, om het eerste gesprek en de hulp te kunnen plannen.",
                "The municipality registers and views a resident's application for debt counselling, so it can plan the first meeting and the help."),
            "Wet gemeentelijke schuldhulpverlening"),
    ];
}
