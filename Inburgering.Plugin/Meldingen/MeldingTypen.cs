namespace Inburgering.Plugin.Meldingen;

/// <summary>
/// The CloudEvents <c>type</c> values of the notifications the plugin publishes, in reverse-DNS form as the NL GOV
/// profile for CloudEvents recommends.
/// </summary>
internal static class MeldingTypen
{
    /// <summary>The prefix every type starts with.</summary>
    public const string Prefix = "nl.inburgering.";

    /// <summary>A dossier was registered.</summary>
    public const string DossierGeregistreerd = Prefix + "dossier.geregistreerd";

    /// <summary>A dossier's status changed; <c>data.status</c> names the new status.</summary>
    public const string DossierStatusGewijzigd = Prefix + "dossier.status-gewijzigd";

    /// <summary>A PIP version was adopted (vastgesteld); <c>data.leerroute</c> names its leerroute.</summary>
    public const string PipVastgesteld = Prefix + "pip.vastgesteld";

    /// <summary>A move to another gemeente was detected for a dossier.</summary>
    public const string VerhuizingGesignaleerd = Prefix + "verhuizing.gesignaleerd";

    /// <summary>A warme-overdracht package was sent to another gemeente.</summary>
    public const string OverdrachtVerzonden = Prefix + "overdracht.verzonden";

    /// <summary>A warme-overdracht package was accepted into a dossier of the receiving gemeente.</summary>
    public const string OverdrachtGeaccepteerd = Prefix + "overdracht.geaccepteerd";

    /// <summary>An aanbieder's delivery of attendance and progress was processed.</summary>
    public const string LeveringVerwerkt = Prefix + "levering.verwerkt";
}
