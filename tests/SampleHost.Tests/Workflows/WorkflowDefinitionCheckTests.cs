using Host.Abstractions;
using SampleHost.Workflows;

namespace SampleHost.Tests.Workflows;

[TestFixture]
public sealed class WorkflowDefinitionCheckTests
{
    [Test]
    public void Check_InconsistentDefinition_ListsEveryProblem()
    {
        var definition = new WorkflowDefinition(
            "test.flow",
            new("Test", "Test"),
            "start",
            [
                new("open", new("Open", "Open")),
                new("klaar", new("Klaar", "Done")) { IsFinal = true, Deadline = new(1, new("Taak", "Task")) },
            ],
            [
                new("sluiten", new("Sluiten", "Close"), "open", "dicht", "test.edit"),
                new("sluiten", new("Sluiten", "Close"), "open", "klaar", "test.edit"),
            ]);

        var exception = Assert.Throws<InvalidOperationException>(() => WorkflowDefinitionCheck.ThrowIfInvalid(definition));

        Assert.That(exception!.Message, Is.EqualTo(
            "The workflow 'test.flow' is not valid: its initial state 'start' is not one of its states; the transition 'sluiten' is declared twice; the transition 'sluiten' names the unknown state 'dicht'; the final state 'klaar' has a deadline."));
    }
}
