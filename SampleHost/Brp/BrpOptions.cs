namespace SampleHost.Brp;

/// <summary>The <c>Brp</c> settings: where the Haal Centraal BRP Personen API is and how to call it.</summary>
internal sealed class BrpOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Brp";

    /// <summary>
    /// The root of the API, an absolute http or https URL without <c>/personen</c>, for example
    /// <c>http://localhost:5080/haalcentraal/api/brp</c> for the stand-in. Required.
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary>The key sent in the <c>X-API-KEY</c> header, or <see langword="null"/> to send no key.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one lookup may take, response body included. Defaults to 10 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
