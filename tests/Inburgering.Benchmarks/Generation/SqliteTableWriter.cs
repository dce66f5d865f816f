using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Inburgering.Benchmarks.Generation;

/// <summary>
/// Writes rows to SQLite with one prepared INSERT per table, all in one transaction, which is SQLite's fast way to
/// load many rows. The transaction commits in <see cref="CompleteAsync"/>.
/// </summary>
internal sealed class SqliteTableWriter(SqliteConnection connection, SqliteTransaction transaction) : ITableWriter
{
    /// <summary>Opens a connection to <paramref name="connectionString"/> and begins the load's transaction.</summary>
    public static async Task<SqliteTableWriter> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        return new SqliteTableWriter(connection, transaction);
    }

    /// <summary>SQLite has no row-level security, so the gemeente only lives in the rows.</summary>
    public Task UseGemeenteAsync(string gemeente, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<long> WriteAsync(TableColumns table, IEnumerable<object> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);

        var names = table.Columns.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"@p{i}")).ToArray();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table.QualifiedName} ({table.ColumnList}) VALUES ({string.Join(", ", names)})";

        long written = 0;
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var column = table.Columns[i];

                // The type mapping converts the value the way EF Core stores it: GUIDs as upper-case text, moments as ticks.
                command.Parameters.Add(column.Mapping.CreateParameter(command, names[i], column.ValueOf(row), column.Property.IsNullable));
            }

            written += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return written;
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await transaction.CommitAsync(cancellationToken);

        await using var command = connection.CreateCommand();
        command.CommandText = "ANALYZE";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
