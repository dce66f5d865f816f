namespace SampleHost.Privacy;

/// <summary>The <c>Privacy</c> settings.</summary>
internal sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>
    /// The secret key for pseudonymising data subjects in the processing log, at least 32 characters.
    /// Changing it makes earlier records unsearchable per person.
    /// </summary>
    public string PseudonymKey { get; set; } = string.Empty;
}
