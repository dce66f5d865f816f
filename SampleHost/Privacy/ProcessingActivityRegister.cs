using System.Collections.Frozen;
using Host.Abstractions;

namespace SampleHost.Privacy;

/// <summary>Every processing activity the host and the loaded plugins declare.</summary>
internal sealed class ProcessingActivityRegister(IEnumerable<IProcessingActivityProvider> providers)
{
    private readonly FrozenDictionary<string, ProcessingActivity> _activities = providers
        .SelectMany(p => p.Activities)
        .ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);

    /// <summary>The activities ordered by id.</summary>
    public IEnumerable<ProcessingActivity> All => _activities.Values.OrderBy(a => a.Id, StringComparer.Ordinal);

    public bool Contains(string activityId) => _activities.ContainsKey(activityId);

    /// <summary>Returns the activity with <paramref name="activityId"/>, or null when no loaded part declares it (any more).</summary>
    public ProcessingActivity? Find(string activityId) => _activities.GetValueOrDefault(activityId);

    /// <summary>
    /// Returns the stable URI of an activity, the <c>dpl.core.processing_activity_id</c> of the Logboek
    /// Dataverwerkingen, which points into the register of processing activities.
    /// </summary>
    public static string UriFor(string activityId) => $"urn:samplehost:verwerkingsactiviteit:{activityId}";
}
