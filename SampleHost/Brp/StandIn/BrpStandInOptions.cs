namespace SampleHost.Brp.StandIn;

/// <summary>The <c>Brp:StandIn</c> settings of the local stand-in for the Haal Centraal BRP Personen API.</summary>
internal sealed class BrpStandInOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Brp:StandIn";

    /// <summary>
    /// Whether the host registers and maps the stand-in at <c>POST /haalcentraal/api/brp/personen</c>. Defaults to
    /// <see langword="false"/>. The host reads this setting; the stand-in itself does not.
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>The key every request must send in the <c>X-API-KEY</c> header. Required.</summary>
    public string? ApiKey { get; set; }
}
