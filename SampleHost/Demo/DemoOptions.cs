namespace SampleHost.Demo;

/// <summary>The <c>Demo</c> settings, read only in the Development environment.</summary>
internal sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seeds demo clients and each plugin's demo data after start-up. Defaults to <see langword="true"/>.</summary>
    public bool SeedData { get; set; } = true;

    /// <summary>
    /// The organisation that the demo user <c>demo-{gemeente}-aanbieder</c> acts for, with <c>{gemeente}</c> replaced
    /// by the gemeentecode: an 8-digit KvK number, optionally with <c>/</c> and a vestigingsnummer. Defaults to
    /// <c>90{gemeente}01</c>, so <c>90059901</c> in 0599 and <c>90051801</c> in 0518, the aanbieders of the demo data.
    /// </summary>
    public string AanbiederOrganisation { get; set; } = "90{gemeente}01";

    /// <summary>Returns the organisation of <paramref name="user"/>: <see cref="AanbiederOrganisation"/> for an aanbieder, otherwise <see langword="null"/>.</summary>
    public string? OrganisationOf(DemoUser user)
    {
        ArgumentNullException.ThrowIfNull(user);

        return user.Role == Host.Abstractions.HostRoles.Aanbieder
            ? AanbiederOrganisation.Replace("{gemeente}", user.Gemeente.Code.Value, StringComparison.Ordinal)
            : null;
    }
}
