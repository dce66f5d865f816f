namespace Host.Abstractions;

/// <summary>
/// A processing activity (verwerkingsactiviteit) from the gemeente's register of processing activities,
/// which every processing log record refers to.
/// </summary>
/// <param name="Id">A stable id prefixed with the plugin id, for example <c>inburgering.registratie</c>.</param>
/// <param name="Name">The activity's name.</param>
/// <param name="Purpose">Why the data are processed.</param>
/// <param name="LegalBasis">The legal basis, for example <c>Wet inburgering 2021, art. 14</c>.</param>
public sealed record ProcessingActivity(string Id, LocalizedText Name, LocalizedText Purpose, string LegalBasis);

/// <summary>Declares the processing activities of a plugin. Register implementations as <see cref="IProcessingActivityProvider"/> services.</summary>
public interface IProcessingActivityProvider
{
    /// <summary>The activities the plugin records processing for.</summary>
    IReadOnlyList<ProcessingActivity> Activities { get; }
}
