using Npgsql;

namespace Inburgering.Benchmarks.Generation;

/// <summary>Writes rows to PostgreSQL through binary <c>COPY</c>, the fastest way to load a table.</summary>
internal sealed class PostgreSqlTableWriter(NpgsqlConnection connection) : ITableWriter
{
    /// <summary>Opens a connection to <paramref name="connectionString"/>.</summary>
    public static async Task<PostgreSqlTableWriter> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return new PostgreSqlTableWriter(connection);
    }

    public async Task UseGemeenteAsync(string gemeente, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT set_config('{Host.Abstractions.TenantRowSecurity.SettingName}', @gemeente, false)", connection);
        command.Parameters.AddWithValue("gemeente", gemeente);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<long> WriteAsync(TableColumns table, IEnumerable<object> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);

        var dataTypes = table.Columns.Select(column => column.Mapping.StoreTypeNameBase).ToArray();
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {table.QualifiedName} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);

        // Completing the COPY of millions of rows checks every index and foreign key, which takes minutes, so no timeout.
        importer.Timeout = Timeout.InfiniteTimeSpan;

        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var value = table.Columns[i].ProviderValueOf(row);
                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(value, dataTypes[i], cancellationToken);
                }
            }
        }

        return (long)await importer.CompleteAsync(cancellationToken);
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("ANALYZE", connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
