using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;
using TestSupport;

namespace Inburgering.Benchmarks.Targets.ProviderApi;

/// <summary>
/// The baseline of the provider API target: a minimal API on Kestrel at 127.0.0.1 that parses the same JSON body and
/// inserts the same rows as the product (the delivery, its progress row and its two hour rows) in one Npgsql batch.
/// It has no authentication, validation, idempotency, referral check, outbox message or processing log.
/// </summary>
internal sealed class BareDeliveryEndpoint : IAsyncDisposable
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private readonly WebApplication _app;
    private readonly NpgsqlDataSource _dataSource;
    private readonly IReadOnlyDictionary<string, ProviderApiStudentOfAanbieder> _students;

    private BareDeliveryEndpoint(WebApplication app, NpgsqlDataSource dataSource, IReadOnlyDictionary<string, ProviderApiStudentOfAanbieder> students, int port)
    {
        _app = app;
        _dataSource = dataSource;
        _students = students;
        BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
    }

    public Uri BaseAddress { get; }

    /// <summary>Starts the endpoint at a free port on 127.0.0.1.</summary>
    /// <param name="connectionString">The database the product writes to.</param>
    /// <param name="students">
    /// The referral of each BSN, known in advance, so the baseline spends no query on finding it.
    /// </param>
    public static async Task<BareDeliveryEndpoint> StartAsync(string connectionString, IReadOnlyDictionary<string, ProviderApiStudentOfAanbieder> students)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");

        var app = builder.Build();
        var endpoint = new BareDeliveryEndpoint(app, NpgsqlDataSource.Create(connectionString), students, port);
        app.MapPost("/leveringen", endpoint.HandleAsync);
        await app.StartAsync();
        return endpoint;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _dataSource.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var body = await JsonSerializer.DeserializeAsync<BareBody>(context.Request.Body, s_json, context.RequestAborted);
        if (body?.Regels is not [{ Bsn: { } bsn } row] || !_students.TryGetValue(bsn, out var student))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var reference = context.Request.Headers["Idempotency-Key"].ToString();
        var now = TimeProvider.System.GetUtcNow();
        var deliveryId = Guid.NewGuid();
        var progressId = Guid.NewGuid();
        var periodStart = DateOnly.ParseExact(row.PeriodeVan!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var periodEnd = DateOnly.ParseExact(row.PeriodeTot!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        // One batch runs as one implicit transaction in one round trip.
        await using var batch = _dataSource.CreateBatch();
        batch.BatchCommands.Add(Command(
            """
            INSERT INTO inburgering.leveringen (id, gemeente, aanbieder_id, kanaal, referentie, inhoudshash, modus, status, aantal_regels, aantal_geweigerd, aantal_verwerkt, ontvangen_op, ontvangen_door)
            VALUES ($1, $2, $3, 'Api', $4, $5, 'AllesOfNiets', 'Verwerkt', 1, 0, 1, $6, 'bare-endpoint')
            """,
            deliveryId, student.Student.Gemeente, student.AanbiederId, reference, new string('0', 64), now));
        batch.BatchCommands.Add(Command(
            """
            INSERT INTO inburgering.voortgangsmeldingen (id, levering_id, aanmelding_id, aanbieder_id, dossier_id, gemeente, regelnummer, onderdeel, periode_van, periode_tot,
                uren_aangeboden, uren_gevolgd_fysiek, uren_gevolgd_online, uren_geoorloofd_verzuim, uren_ongeoorloofd_verzuim, ontvangen_op)
            VALUES ($1, $2, $3, $4, $5, $6, 1, 'Taal', $7, $8, $9, $10, $11, $12, $13, $14)
            """,
            progressId, deliveryId, student.Student.AanmeldingId, student.AanbiederId, student.Student.DossierId, student.Student.Gemeente, periodStart, periodEnd,
            Hours(row.UrenAangeboden), Hours(row.UrenGevolgdFysiek), Hours(row.UrenGevolgdOnline), Hours(row.UrenGeoorloofdVerzuim), Hours(row.UrenOngeoorloofdVerzuim), now));
        foreach (var (kind, hours) in new[] { ("Nt2Fysiek", Hours(row.UrenGevolgdFysiek)), ("Nt2Online", Hours(row.UrenGevolgdOnline)) })
        {
            batch.BatchCommands.Add(Command(
                """
                INSERT INTO inburgering.urenregels (id, dossier_id, gemeente, soort, periode_van, periode_tot, uren, met_keurmerk, aanbieder, voortgangsmelding_id, geregistreerd_op, geregistreerd_door)
                VALUES ($1, $2, $3, $4, $5, $6, $7, false, $8, $9, $10, 'bare-endpoint')
                """,
                Guid.NewGuid(), student.Student.DossierId, student.Student.Gemeente, kind, periodStart, periodEnd, hours, student.AanbiederNaam, progressId, now));
        }

        await batch.ExecuteNonQueryAsync(context.RequestAborted);
        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.Headers.Location = $"/leveringen/{deliveryId:D}";
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }

    private static decimal Hours(string? text) => decimal.Parse(text ?? "0", CultureInfo.InvariantCulture);

    /// <summary>The request body, with only the fields the benchmark sends.</summary>
    private sealed record BareBody(IReadOnlyList<BareRow>? Regels);

    private sealed record BareRow(
        string? Bsn,
        string? Onderdeel,
        string? PeriodeVan,
        string? PeriodeTot,
        string? UrenAangeboden,
        string? UrenGevolgdFysiek,
        string? UrenGevolgdOnline,
        string? UrenGeoorloofdVerzuim,
        string? UrenOngeoorloofdVerzuim);
}

/// <summary>A student with the aanbieder the referral is to, as the baseline inserts it.</summary>
internal sealed record ProviderApiStudentOfAanbieder(ProviderApiStudent Student, Guid AanbiederId, string AanbiederNaam);
