namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// Opens a werkvoorraad task for each delivered row whose unauthorised absence is above the gemeente's threshold,
/// right after a delivery is saved. The daily deadline scan keeps the same tasks in step after corrections.
/// </summary>
internal interface IVerzuimSignalering
{
    /// <summary>
    /// Checks the new rows <paramref name="meldingen"/> of the current gemeente, opens the tasks of those above the
    /// threshold and closes the tasks of the rows they corrected.
    /// </summary>
    /// <param name="meldingen">The rows the delivery saved, with their hours and the row each one corrected.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    Task SignaleerAsync(IReadOnlyCollection<NieuweMelding> meldingen, CancellationToken cancellationToken);
}
