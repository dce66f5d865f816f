using Npgsql;

namespace Inburgering.Benchmarks.Targets.ProviderFile;

/// <summary>
/// Adds students to the database for the demo aanbieder: a dossier with a valid BSN and a TAAL referral from
/// 1 December 2025 each. Each is a copy of a demo dossier and referral of that aanbieder with a new id and BSN, so the
/// rows keep every required column the plugin's migrations define.
/// </summary>
internal static class ProviderFileStudents
{
    /// <summary>The first day of the referrals; the generated rows start a month later.</summary>
    public static readonly DateOnly Startdatum = new(2025, 12, 1);

    private const string TemplateSql = """
        SELECT a.id, a.dossier_id
        FROM inburgering.aanmeldingen a
        JOIN inburgering.aanbieders b ON b.id = a.aanbieder_id
        JOIN inburgering.dossiers d ON d.id = a.dossier_id
        WHERE b.kvk_nummer = @kvk AND d.bsn IS NOT NULL AND d.beperkt_op IS NULL
        ORDER BY a.id
        LIMIT 1
        """;

    private const string DossiersSql = """
        INSERT INTO inburgering.dossiers
        SELECT (jsonb_populate_record(d, jsonb_build_object(
            'id', s.id, 'bsn', s.bsn, 'v_nummer', NULL, 'client_id', NULL, 'naam', NULL, 'voornamen', NULL,
            'voorvoegsel', NULL, 'geslachtsnaam', NULL, 'beperkt_op', NULL, 'geanonimiseerd_op', NULL))).*
        FROM inburgering.dossiers d, unnest(@ids, @bsns) AS s(id, bsn)
        WHERE d.id = @template
        """;

    private const string AanmeldingenSql = """
        INSERT INTO inburgering.aanmeldingen
        SELECT (jsonb_populate_record(a, jsonb_build_object(
            'id', gen_random_uuid(), 'dossier_id', s.id, 'onderdeel', 'Taal', 'startdatum', @start, 'einddatum', NULL))).*
        FROM inburgering.aanmeldingen a, unnest(@ids) AS s(id)
        WHERE a.id = @template
        """;

    /// <summary>Adds <paramref name="count"/> students whose BSNs follow <paramref name="first"/> and returns their BSNs.</summary>
    public static async Task<IReadOnlyList<string>> AddAsync(string connectionString, int first, int count, CancellationToken cancellationToken)
    {
        var bsns = BenchmarkBsn.Range(first, count);
        var ids = bsns.Select(_ => Guid.NewGuid()).ToArray();

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var (aanmelding, dossier) = await TemplateAsync(connection, cancellationToken);

        await using (var dossiers = new NpgsqlCommand(DossiersSql, connection))
        {
            dossiers.Parameters.AddWithValue("ids", ids);
            dossiers.Parameters.AddWithValue("bsns", bsns.ToArray());
            dossiers.Parameters.AddWithValue("template", dossier);
            await dossiers.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var aanmeldingen = new NpgsqlCommand(AanmeldingenSql, connection))
        {
            aanmeldingen.Parameters.AddWithValue("ids", ids);
            aanmeldingen.Parameters.AddWithValue("start", Startdatum.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            aanmeldingen.Parameters.AddWithValue("template", aanmelding);
            await aanmeldingen.ExecuteNonQueryAsync(cancellationToken);
        }

        return bsns;
    }

    private static async Task<(Guid Aanmelding, Guid Dossier)> TemplateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(TemplateSql, connection);
        command.Parameters.AddWithValue("kvk", ProviderFileHost.AanbiederKvk);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException($"The demo data have no referral to aanbieder {ProviderFileHost.AanbiederKvk} of a dossier with a BSN, so there is no student to copy.");
        }

        return (reader.GetGuid(0), reader.GetGuid(1));
    }
}
