namespace Inburgering.Benchmarks.Generation;

/// <summary>Writes generated rows to the tables of one database, in bulk, in the gemeente's row-level security context.</summary>
internal interface ITableWriter : IAsyncDisposable
{
    /// <summary>Sets the gemeente whose rows follow; on PostgreSQL the row-level security policies check it.</summary>
    Task UseGemeenteAsync(string gemeente, CancellationToken cancellationToken);

    /// <summary>Writes <paramref name="rows"/> to <paramref name="table"/> and returns how many it wrote.</summary>
    Task<long> WriteAsync(TableColumns table, IEnumerable<object> rows, CancellationToken cancellationToken);

    /// <summary>Commits what was written and updates the planner statistics of every table.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);
}
