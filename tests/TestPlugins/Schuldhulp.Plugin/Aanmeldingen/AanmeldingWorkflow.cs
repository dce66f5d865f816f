using Host.Abstractions;
using Schuldhulp.Plugin.Screens;

namespace Schuldhulp.Plugin.Aanmeldingen;

/// <summary>
/// The course of an aanmelding: aangemeld, eerste gesprek gevoerd, afgerond. Entering aangemeld puts the task for the
/// first conversation in the host's werkvoorraad.
/// </summary>
internal sealed class AanmeldingWorkflow : IWorkflowDefinitionProvider
{
    public const string WorkflowId = "schuldhulp.aanmelding";

    /// <summary>The days within which the first conversation is due in this example; a gemeente would make it a setting.</summary>
    public const int FirstConversationDays = 28;

    public IReadOnlyList<WorkflowDefinition> Workflows { get; } =
    [
        new(
            WorkflowId,
            new("Aanmelding schuldhulp", "Debt counselling application"),
            "aangemeld",
            [
                new("aangemeld", new("Aangemeld", "Applied"))
                {
                    Deadline = new(FirstConversationDays, new("Voer het eerste gesprek over de aanmelding", "Hold the first conversation about the application")),
                },
                new("gesprek-gevoerd", new("Eerste gesprek gevoerd", "First conversation held")),
                new("afgerond", new("Afgerond", "Completed")) { IsFinal = true },
            ],
            [
                new("gesprek-gevoerd", new("Eerste gesprek gevoerd", "First conversation held"), "aangemeld", "gesprek-gevoerd", SchuldhulpPermissions.AanmeldingView),
                new("afronden", new("Afronden", "Complete"), "gesprek-gevoerd", "afgerond", SchuldhulpPermissions.AanmeldingView),
            ])
        {
            RecordScreenId = AanmeldingenScreen.ScreenId,
        },
    ];
}
