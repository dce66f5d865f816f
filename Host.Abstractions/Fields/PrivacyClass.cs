namespace Host.Abstractions;

/// <summary>How sensitive the data in a field is; the host uses it for access checks and the processing log.</summary>
public enum PrivacyClass
{
    /// <summary>No personal data, or data that says nothing about a person on its own.</summary>
    Normal,

    /// <summary>Personal data such as a BSN, name, address or route decision.</summary>
    Sensitive,

    /// <summary>A special category under the AVG (GDPR article 9), such as health.</summary>
    SpecialCategory,
}
