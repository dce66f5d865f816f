using System.Diagnostics;
using Npgsql;

namespace Inburgering.Benchmarks.Targets.ProviderFile;

/// <summary>
/// The baseline: a raw <c>COPY … FROM STDIN</c> of the file's rows, with its columns typed, into a table of their own
/// in the same database, with no checks, no lookups and no derived rows.
/// </summary>
internal static class CopyBaseline
{
    private const string CreateSql = """
        DROP TABLE IF EXISTS public.provider_file_copy;
        CREATE TABLE public.provider_file_copy (
            levering_id text NOT NULL, aanbieder_kvk text NOT NULL, bsn text NOT NULL, onderdeel text NOT NULL,
            periode_van date NOT NULL, periode_tot date NOT NULL, uren_aangeboden numeric NOT NULL,
            uren_gevolgd_fysiek numeric NOT NULL, uren_gevolgd_online numeric NOT NULL,
            uren_geoorloofd_verzuim numeric NOT NULL, uren_ongeoorloofd_verzuim numeric NOT NULL)
        """;

    private const string CopySql = "COPY public.provider_file_copy FROM STDIN (FORMAT csv, HEADER true, DELIMITER ';')";

    /// <summary>Copies the file at <paramref name="path"/> into a new table and returns the time the copy took.</summary>
    public static async Task<TimeSpan> MeasureAsync(string connectionString, string path, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var create = new NpgsqlCommand(CreateSql, connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var stopwatch = Stopwatch.StartNew();
        await using (var writer = await connection.BeginTextImportAsync(CopySql, cancellationToken))
        {
            using var reader = new StreamReader(path);
            var buffer = new char[64 * 1024];
            int read;
            while ((read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
            {
                await writer.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }

        stopwatch.Stop();
        return stopwatch.Elapsed;
    }
}
