using Host.Abstractions;

namespace Inburgering.Plugin.Overdracht;

/// <summary>
/// Writes a package as the signed JSON of <c>docs/overdracht-formaat.md</c>, and reads one back: it checks the
/// signature against the deployment's trusted keys, the JSON Schema and every code before it returns the package.
/// </summary>
internal interface IOverdrachtFormaat
{
    /// <summary>Returns <paramref name="pakket"/> as signed JSON, UTF-8 without BOM.</summary>
    /// <param name="pakket">The package.</param>
    /// <param name="cancellationToken">Cancels the signing.</param>
    Task<byte[]> SchrijfAsync(OverdrachtPakket pakket, CancellationToken cancellationToken);

    /// <summary>Reads signed JSON; returns the package, or every problem found with the path it was found at.</summary>
    /// <param name="json">The signed JSON.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<OverdrachtLeesResultaat> LeesAsync(Stream json, CancellationToken cancellationToken);
}

/// <summary>The result of reading a package.</summary>
/// <param name="Pakket">The package, or <see langword="null"/> when <paramref name="Fouten"/> is not empty.</param>
/// <param name="Fouten">The problems found; empty when the package is valid.</param>
/// <param name="Ondertekenaar">The name of the trusted key that signed it, or <see langword="null"/> when unsigned or unknown.</param>
internal sealed record OverdrachtLeesResultaat(OverdrachtPakket? Pakket, IReadOnlyList<OverdrachtFout> Fouten, string? Ondertekenaar);

/// <summary>One problem in a package.</summary>
/// <param name="Pad">Where it is, as a JSON path such as <c>$.pipVersies[0].leerroute</c>, or <c>$</c> for the whole file.</param>
/// <param name="Melding">What is wrong and how to fix it.</param>
internal sealed record OverdrachtFout(string Pad, LocalizedText Melding);
