using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Host.Abstractions;
using Host.Abstractions.Testing;
using Npgsql;

namespace Inburgering.Benchmarks.Targets.ProviderApi;

/// <summary>
/// The aanbieders, students, referrals and API clients the provider API target delivers for, inserted straight into
/// the database after the host seeded its demo data. Each new row copies a demo row and overrides its ids, gemeente,
/// BSN and dates, so it passes every constraint the demo rows pass. It ends with <c>ANALYZE</c>, as a database in use has
/// statistics.
/// </summary>
internal sealed class ProviderApiData
{
    /// <summary>The first 8 digits of the generated BSNs; the demo data use the RvIG test set, which starts with 9.</summary>
    private const int FirstBsnPrefix = 60_000_000;

    private readonly IReadOnlyList<ProviderApiAanbieder> _aanbieders;

    private ProviderApiData(IReadOnlyList<ProviderApiAanbieder> aanbieders, DateOnly today)
    {
        _aanbieders = aanbieders;
        Today = today;
    }

    /// <summary>Today in the Netherlands by the host's clock; every delivered period ends before it.</summary>
    public DateOnly Today { get; }

    public int StudentCount => _aanbieders.Sum(a => a.Students.Count);

    public int ApiClientCount => _aanbieders.Sum(a => a.ApiKeys.Count);

    public int AanbiederCount => _aanbieders.Count;

    /// <summary>Returns each student's referral by BSN, for the baseline.</summary>
    public IReadOnlyDictionary<string, ProviderApiStudentOfAanbieder> StudentsByBsn() =>
        _aanbieders
            .SelectMany(a => a.Students.Select(s => new ProviderApiStudentOfAanbieder(s, a.Id, Naam(a.Kvk))))
            .ToDictionary(s => s.Student.Bsn, StringComparer.Ordinal);

    /// <summary>Returns delivery number <paramref name="n"/>: a student and a week that no other number uses, and an API key of the student's aanbieder.</summary>
    /// <exception cref="InvalidOperationException">The referrals have no week left for <paramref name="n"/>.</exception>
    public ProviderApiDelivery Delivery(int n)
    {
        var aanbieder = _aanbieders[n % _aanbieders.Count];
        var round = n / _aanbieders.Count;
        var student = aanbieder.Students[round % aanbieder.Students.Count];
        var week = round / aanbieder.Students.Count;
        if (week >= ProviderApiAanbieder.ReferralWeeks)
        {
            throw new InvalidOperationException($"Delivery {n} needs week {week}, but each referral started {ProviderApiAanbieder.ReferralWeeks} weeks ago. Seed more students.");
        }

        var periodStart = Today.AddDays(-7 * (week + 1));
        return new ProviderApiDelivery(aanbieder.ApiKeys[round % aanbieder.ApiKeys.Count], student, periodStart, periodStart.AddDays(6));
    }

    /// <summary>Inserts the aanbieders, students, referrals and API clients in both demo gemeenten.</summary>
    /// <param name="connectionString">The database the host migrated and seeded.</param>
    /// <param name="today">Today in the Netherlands by the host's clock.</param>
    /// <param name="aanbiedersPerGemeente">The aanbieders to create in each demo gemeente.</param>
    /// <param name="studentsPerAanbieder">The students each aanbieder gets a running TAAL referral for.</param>
    /// <param name="clientsPerAanbieder">The API clients (keys) each aanbieder gets.</param>
    /// <param name="cancellationToken">Cancels the inserts.</param>
    public static async Task<ProviderApiData> SeedAsync(
        string connectionString,
        DateOnly today,
        int aanbiedersPerGemeente,
        int studentsPerAanbieder,
        int clientsPerAanbieder,
        CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        var bsns = Bsns(DemoUsers.Gemeenten.Count * aanbiedersPerGemeente * studentsPerAanbieder).GetEnumerator();
        var aanbieders = new List<ProviderApiAanbieder>();
        var number = 0;
        foreach (var gemeente in DemoUsers.Gemeenten)
        {
            for (var i = 0; i < aanbiedersPerGemeente; i++)
            {
                var kvk = (91_000_000 + number++).ToString(CultureInfo.InvariantCulture);
                var aanbiederId = await InsertAanbiederAsync(connection, gemeente, kvk, cancellationToken);
                var students = new List<ProviderApiStudent>();
                for (var s = 0; s < studentsPerAanbieder && bsns.MoveNext(); s++)
                {
                    students.Add(new ProviderApiStudent(gemeente, bsns.Current, Guid.NewGuid(), Guid.NewGuid()));
                }

                await InsertStudentsAsync(connection, gemeente, aanbiederId, students, today.AddDays(-7 * ProviderApiAanbieder.ReferralWeeks), cancellationToken);
                var keys = await InsertApiClientsAsync(connection, gemeente, kvk, clientsPerAanbieder, cancellationToken);
                aanbieders.Add(new ProviderApiAanbieder(aanbiederId, kvk, students, keys));
            }
        }

        // Without fresh statistics the planner takes the new tables for empty until autovacuum analyzes them, which can
        // happen halfway through a run: the referral check then scans every dossier of the gemeente per referral.
        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync(cancellationToken);

        return new ProviderApiData(aanbieders, today);
    }

    private static async Task<Guid> InsertAanbiederAsync(NpgsqlConnection connection, string gemeente, string kvk, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO inburgering.aanbieders
            SELECT (jsonb_populate_record(NULL::inburgering.aanbieders, to_jsonb(t) || jsonb_build_object(
                'id', @id, 'gemeente', @gemeente, 'kvk_nummer', @kvk, 'naam', @naam, 'vestigingsnummer', NULL, 'actief', true))).*
            FROM (SELECT * FROM inburgering.aanbieders ORDER BY id LIMIT 1) t
            """,
            connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("gemeente", gemeente);
        command.Parameters.AddWithValue("kvk", kvk);
        command.Parameters.AddWithValue("naam", Naam(kvk));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return id;
    }

    /// <summary>Inserts a dossier and a running TAAL referral to the aanbieder per student, copied from a demo dossier and referral.</summary>
    private static async Task InsertStudentsAsync(
        NpgsqlConnection connection,
        string gemeente,
        Guid aanbiederId,
        IReadOnlyList<ProviderApiStudent> students,
        DateOnly referralStart,
        CancellationToken cancellationToken)
    {
        await using var dossiers = new NpgsqlCommand(
            """
            INSERT INTO inburgering.dossiers
            SELECT (jsonb_populate_record(NULL::inburgering.dossiers, to_jsonb(t) || jsonb_build_object(
                'id', x.id, 'gemeente', @gemeente, 'bsn', x.bsn, 'v_nummer', NULL, 'beperkt_op', NULL))).*
            FROM (SELECT * FROM inburgering.dossiers WHERE bsn IS NOT NULL AND beperkt_op IS NULL ORDER BY id LIMIT 1) t,
                 unnest(@ids, @bsns) AS x(id, bsn)
            """,
            connection);
        dossiers.Parameters.AddWithValue("gemeente", gemeente);
        dossiers.Parameters.AddWithValue("ids", students.Select(s => s.DossierId).ToArray());
        dossiers.Parameters.AddWithValue("bsns", students.Select(s => s.Bsn).ToArray());
        await dossiers.ExecuteNonQueryAsync(cancellationToken);

        await using var aanmeldingen = new NpgsqlCommand(
            """
            INSERT INTO inburgering.aanmeldingen
            SELECT (jsonb_populate_record(NULL::inburgering.aanmeldingen, to_jsonb(t) || jsonb_build_object(
                'id', x.id, 'gemeente', @gemeente, 'dossier_id', x.dossier_id, 'aanbieder_id', @aanbieder,
                'onderdeel', 'Taal', 'startdatum', @start, 'einddatum', NULL))).*
            FROM (SELECT * FROM inburgering.aanmeldingen ORDER BY id LIMIT 1) t,
                 unnest(@ids, @dossiers) AS x(id, dossier_id)
            """,
            connection);
        aanmeldingen.Parameters.AddWithValue("gemeente", gemeente);
        aanmeldingen.Parameters.AddWithValue("aanbieder", aanbiederId);
        aanmeldingen.Parameters.AddWithValue("start", referralStart);
        aanmeldingen.Parameters.AddWithValue("ids", students.Select(s => s.AanmeldingId).ToArray());
        aanmeldingen.Parameters.AddWithValue("dossiers", students.Select(s => s.DossierId).ToArray());
        await aanmeldingen.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Inserts API clients in the role aanbieder, as the administration page stores them, and returns their keys.</summary>
    private static async Task<IReadOnlyList<string>> InsertApiClientsAsync(NpgsqlConnection connection, string gemeente, string kvk, int count, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var keyId = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));
            var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
            await using var command = new NpgsqlCommand(
                """
                INSERT INTO api_clients ("Id", "Gemeente", "Name", "Role", "Organisation", "KeyId", "SecretHash", "CreatedAt", "CreatedBy", "Version")
                VALUES (@id, @gemeente, @name, @role, @kvk, @keyId, @hash, now(), 'benchmark', 1)
                """,
                connection);
            command.Parameters.AddWithValue("id", Guid.NewGuid());
            command.Parameters.AddWithValue("gemeente", gemeente);
            command.Parameters.AddWithValue("name", $"Leerlingsysteem {kvk} nr. {i + 1}");
            command.Parameters.AddWithValue("role", HostRoles.Aanbieder);
            command.Parameters.AddWithValue("kvk", kvk);
            command.Parameters.AddWithValue("keyId", keyId);
            command.Parameters.AddWithValue("hash", SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
            await command.ExecuteNonQueryAsync(cancellationToken);
            keys.Add($"{keyId}.{secret}");
        }

        return keys;
    }

    private static string Naam(string kvk) => "Taalschool " + kvk;

    /// <summary>Returns <paramref name="count"/> valid BSNs (eleven test), counting up from <see cref="FirstBsnPrefix"/>.</summary>
    private static IEnumerable<string> Bsns(int count)
    {
        var found = 0;
        for (var prefix = FirstBsnPrefix; found < count; prefix++)
        {
            var digits = prefix.ToString("D8", CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 8; i++)
            {
                sum += (digits[i] - '0') * (9 - i);
            }

            // The eleven test: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11, so d9 is the sum modulo 11, when that is one digit.
            var check = sum % 11;
            if (check < 10)
            {
                found++;
                yield return digits + check.ToString(CultureInfo.InvariantCulture);
            }
        }
    }
}

/// <summary>An aanbieder of the target, with its students and the API keys its system uses.</summary>
internal sealed record ProviderApiAanbieder(Guid Id, string Kvk, IReadOnlyList<ProviderApiStudent> Students, IReadOnlyList<string> ApiKeys)
{
    /// <summary>How many weeks ago each referral started: the number of weekly periods each student can receive.</summary>
    public const int ReferralWeeks = 50;
}

/// <summary>A student with a dossier and a running TAAL referral to the aanbieder.</summary>
internal sealed record ProviderApiStudent(string Gemeente, string Bsn, Guid DossierId, Guid AanmeldingId);

/// <summary>One delivery of the load: the API key that sends it, the student and the week it covers.</summary>
internal sealed record ProviderApiDelivery(string ApiKey, ProviderApiStudent Student, DateOnly PeriodStart, DateOnly PeriodEnd)
{
    /// <summary>Returns the request body: one TAAL row with 12 hours offered, 8 attended in person and 2 online.</summary>
    public string Json() => string.Create(
        CultureInfo.InvariantCulture,
        $$"""{"regels":[{"bsn":"{{Student.Bsn}}","onderdeel":"TAAL","periodeVan":"{{PeriodStart:yyyy-MM-dd}}","periodeTot":"{{PeriodEnd:yyyy-MM-dd}}","urenAangeboden":"12","urenGevolgdFysiek":"8","urenGevolgdOnline":"2","urenGeoorloofdVerzuim":"0","urenOngeoorloofdVerzuim":"0"}]}""");
}
