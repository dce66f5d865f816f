using Host.Abstractions;
using SampleHost.Plugins;

namespace SampleHost.Jobs;

/// <summary>A job a loaded plugin registered, with the plugin it belongs to.</summary>
internal sealed record ScheduledJobEntry(PluginDescriptor Plugin, JobDefinition Definition)
{
    /// <summary>The user id the job acts as, so the processing log names the job and never a person.</summary>
    public string ActorId => ActorPrefix + Definition.Id;

    public const string ActorPrefix = "job:";
}
