namespace Inburgering.Plugin.Persistence;

/// <summary>
/// A row that belongs to one gemeente. <see cref="InburgeringDbContext"/> gives every such entity the gemeente query
/// filter and refuses to add one outside the current gemeente; on PostgreSQL its table also gets a row-level security
/// policy on the <c>gemeente</c> column.
/// </summary>
internal interface IGemeenteOwned
{
    /// <summary>The four-digit gemeentecode of the gemeente that owns the row.</summary>
    string Gemeente { get; }
}
