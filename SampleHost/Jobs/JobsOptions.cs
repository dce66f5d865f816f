namespace SampleHost.Jobs;

/// <summary>The <c>Jobs</c> settings.</summary>
internal sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Whether this instance runs scheduled jobs. Defaults to <see langword="true"/>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the scheduler looks for due jobs, on the host's clock. Defaults to one minute.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);
}
