namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// A row a delivery has just saved, as the check on unauthorised absence needs it: the hours that decide whether
/// the row is above the threshold, and the earlier row it corrected, if any.
/// </summary>
/// <param name="Id">The id of the saved <see cref="Voortgangsmelding"/>.</param>
/// <param name="UrenAangeboden">The hours offered in the row's period.</param>
/// <param name="UrenOngeoorloofdVerzuim">The hours of unauthorised absence in the row's period.</param>
/// <param name="VervangtId">The id of the earlier row this row corrected, or <see langword="null"/>.</param>
internal sealed record NieuweMelding(Guid Id, decimal UrenAangeboden, decimal UrenOngeoorloofdVerzuim, Guid? VervangtId);
