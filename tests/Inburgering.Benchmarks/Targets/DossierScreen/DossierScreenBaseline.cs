using System.Diagnostics;
using Inburgering.Benchmarks.Load;
using Npgsql;
using Host.Abstractions;

namespace Inburgering.Benchmarks.Targets.DossierScreen;

/// <summary>
/// The hand-written baseline of the dossier screen: with Npgsql and no EF Core, one batch of the four reads the screen
/// makes, namely the dossier row, its status history, its corrections and its open move (Verhuizing).
/// </summary>
internal static class DossierScreenBaseline
{
    private const string ScreenSql = """
        SELECT * FROM inburgering.dossiers WHERE id = @id AND geanonimiseerd_op IS NULL;
        SELECT * FROM inburgering.dossier_status_wijzigingen WHERE dossier_id = @id ORDER BY op, id;
        SELECT * FROM inburgering.dossier_correcties WHERE dossier_id = @id ORDER BY op, gegeven, id;
        SELECT * FROM inburgering.verhuizingen WHERE dossier_id = @id AND status = 'Gesignaleerd';
        """;

    /// <summary>
    /// Selects <paramref name="count"/> open, unrestricted dossiers of <paramref name="gemeente"/> in a fixed pseudo-random
    /// order, repeating them when the gemeente has fewer.
    /// </summary>
    /// <exception cref="InvalidOperationException">The gemeente has no open, unrestricted dossier.</exception>
    public static async Task<IReadOnlyList<Guid>> SelectDossierIdsAsync(string connectionString, string gemeente, int count, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(connectionString, gemeente, cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT id FROM inburgering.dossiers
            WHERE gemeente = @gemeente AND geanonimiseerd_op IS NULL AND beperkt_op IS NULL
            ORDER BY md5(id::text) LIMIT @count
            """,
            connection);
        command.Parameters.AddWithValue("gemeente", gemeente);
        command.Parameters.AddWithValue("count", count);

        var found = new List<Guid>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                found.Add(reader.GetGuid(0));
            }
        }

        if (found.Count == 0)
        {
            throw new InvalidOperationException($"Gemeente {gemeente} has no open, unrestricted dossier. Check that the generator wrote dossiers for it.");
        }

        return [.. Enumerable.Range(0, count).Select(index => found[index % found.Count])];
    }

    /// <summary>
    /// Runs the batch for each dossier in <paramref name="ids"/>, reading every row, and records the duration of each
    /// after the first <paramref name="warmUp"/>.
    /// </summary>
    public static async Task<LatencyRecorder> MeasureAsync(string connectionString, string gemeente, IReadOnlyList<Guid> ids, int warmUp, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(connectionString, gemeente, cancellationToken);
        var recorder = new LatencyRecorder();
        for (var index = 0; index < ids.Count; index++)
        {
            await using var command = new NpgsqlCommand(ScreenSql, connection);
            command.Parameters.AddWithValue("id", ids[index]);

            var startTimestamp = Stopwatch.GetTimestamp();
            await ReadAllResultsAsync(command, cancellationToken);
            if (index >= warmUp)
            {
                recorder.Record(startTimestamp);
            }
        }

        return recorder;
    }

    private static async Task ReadAllResultsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new object[64];
        do
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                reader.GetValues(values);
            }
        }
        while (await reader.NextResultAsync(cancellationToken));
    }

    /// <summary>Opens a connection with the tenant setting that the row-level security policies read.</summary>
    private static async Task<NpgsqlConnection> OpenAsync(string connectionString, string gemeente, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var tenant = new NpgsqlCommand($"SELECT set_config('{TenantRowSecurity.SettingName}', @gemeente, false)", connection);
        tenant.Parameters.AddWithValue("gemeente", gemeente);
        await tenant.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
