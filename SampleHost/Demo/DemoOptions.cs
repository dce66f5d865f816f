namespace SampleHost.Demo;

/// <summary>The <c>Demo</c> settings, read only in the Development environment.</summary>
internal sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seeds demo clients and each plugin's demo data after start-up. Defaults to <see langword="true"/>.</summary>
    public bool SeedData { get; set; } = true;
}
