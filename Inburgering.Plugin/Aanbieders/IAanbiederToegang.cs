namespace Inburgering.Plugin.Aanbieders;

/// <summary>
/// Tells which aanbieders of the current gemeente the current user acts for, from
/// <see cref="Host.Abstractions.ICurrentUser.Organisation"/>: those with the same KvK number, and the same
/// vestigingsnummer when both name one. An aanbieder can view and deliver only for the students referred to these aanbieders.
/// </summary>
internal interface IAanbiederToegang
{
    /// <summary>Returns the active aanbieders the current user acts for; empty for the gemeente's own staff.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<IReadOnlyList<Aanbieder>> EigenAanbiedersAsync(CancellationToken cancellationToken);
}
