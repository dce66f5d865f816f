using Host.Abstractions;

namespace Inburgering.Plugin.Handhaving;

/// <summary>A proposal of <see cref="MaatregelAdvies"/>, with its reasoning; the module never imposes it.</summary>
/// <param name="Maatregel">The measure.</param>
/// <param name="Voorgesteld">Whether the module proposes it; false when the reasoning explains why not.</param>
/// <param name="Bedrag">The fixed amount in euros, or <see langword="null"/> when the gemeente sets it.</param>
/// <param name="MaximumBedrag">The maximum amount in euros, or <see langword="null"/> when there is none.</param>
/// <param name="Motivering">The reasoning, for the screen.</param>
internal sealed record MaatregelVoorstel(Maatregel Maatregel, bool Voorgesteld, decimal? Bedrag, decimal? MaximumBedrag, LocalizedText Motivering);
