using Inburgering.Plugin.Leerroutes;

namespace Inburgering.Plugin.Pip;

/// <summary>
/// The contents of a PIP (Wet inburgering 2021, art. 15): the leerroute and its level, the support, the intensity of
/// PVT and MAP, KNM, ontzorgen, maatschappelijke begeleiding, vve and the consulent to contact.
/// </summary>
internal sealed record PipInhoud
{
    public required Leerroute Leerroute { get; init; }

    public required PipNiveau Niveau { get; init; }

    /// <summary>The support and guidance during the leerroute.</summary>
    public string? Ondersteuning { get; init; }

    /// <summary>The intensity of the participatieverklaringstraject, as text or hours.</summary>
    public string? IntensiteitPvt { get; init; }

    /// <summary>The intensity of the Module Arbeidsmarkt en Participatie, as text or hours.</summary>
    public string? IntensiteitMap { get; init; }

    /// <summary>How the person learns KNM (kennis van de Nederlandse maatschappij).</summary>
    public string? Knm { get; init; }

    public bool Ontzorgen { get; init; }

    public string? OntzorgenToelichting { get; init; }

    public bool MaatschappelijkeBegeleiding { get; init; }

    public string? MaatschappelijkeBegeleidingToelichting { get; init; }

    /// <summary>The options for vve (voor- en vroegschoolse educatie) for young children.</summary>
    public string? Vve { get; init; }

    /// <summary>The name of the consulent the person can contact.</summary>
    public string? ContactpersoonNaam { get; init; }

    /// <summary>The e-mail address of the consulent the person can contact.</summary>
    public string? ContactpersoonEmail { get; init; }
}
