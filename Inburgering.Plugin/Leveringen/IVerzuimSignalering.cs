namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// Opens a werkvoorraad task for each delivered row whose unauthorised absence is above the gemeente's threshold,
/// right after a delivery is saved. The daily deadline scan keeps the same tasks in step after corrections.
/// </summary>
internal interface IVerzuimSignalering
{
    /// <summary>Checks the rows <paramref name="voortgangsmeldingIds"/> of the current gemeente and opens their tasks.</summary>
    /// <param name="voortgangsmeldingIds">The rows the delivery saved.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    Task SignaleerAsync(IReadOnlyCollection<Guid> voortgangsmeldingIds, CancellationToken cancellationToken);
}
