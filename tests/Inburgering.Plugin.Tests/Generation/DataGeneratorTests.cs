using System.Data.Common;
using System.Net;
using Host.Abstractions;
using Host.Abstractions.Testing;
using Inburgering.Benchmarks.Generation;
using Inburgering.Plugin.Dossiers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TestSupport;

namespace Inburgering.Plugin.Tests.Generation;

/// <summary>
/// The benchmark data generator on a tiny data set: it migrates the database through SampleHost, fills it, and
/// SampleHost then opens the generated dossiers.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class DataGeneratorTests(DatabaseProvider provider)
{
    private const int Dossiers = 100;
    private const int Aanwezigheid = 2_000;

    private static readonly DateOnly s_vandaag = DateOnly.FromDateTime(PluginTestHostOptions.DefaultStartTime.UtcDateTime);

    private string _connectionString = null!;
    private Func<Task> _dropDatabase = null!;
    private GeneratorOptions _options = null!;
    private IReadOnlyList<(string Table, long Rows)> _counts = null!;

    [OneTimeSetUp]
    public async Task GenerateAsync()
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("inburgering-generator-tests-");
            _connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder.FullName, "generated.db"), Pooling = false }.ToString();
            _dropDatabase = () =>
            {
                folder.Delete(recursive: true);
                return Task.CompletedTask;
            };
        }
        else
        {
            var connectionString = await PostgresServer.CreateDatabaseAsync("generator");
            _connectionString = connectionString;
            _dropDatabase = () => PostgresServer.DropDatabaseAsync(connectionString);
        }

        _options = new GeneratorOptions(provider, _connectionString, Gemeenten: 2, Dossiers, Aanwezigheid, Seed: 7, s_vandaag);
        _counts = await GenerateCommand.GenerateAsync(_options, _ => { }, CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task DropDatabaseAsync() => await _dropDatabase();

    [Test]
    public async Task Generate_WritesEveryStatus()
    {
        await using var db = GenerateCommand.CreatePluginContext(_options);

        var statuses = await db.Dossiers.IgnoreQueryFilters().Select(d => d.Status).Distinct().ToListAsync();

        Assert.That(statuses, Is.EquivalentTo(Enum.GetValues<DossierStatus>()));
    }

    [Test]
    public async Task Generate_WritesRequestedCounts()
    {
        await using var db = GenerateCommand.CreatePluginContext(_options);

        Assert.That(await db.Dossiers.IgnoreQueryFilters().CountAsync(), Is.EqualTo(Dossiers));
        Assert.That(await db.Voortgangsmeldingen.IgnoreQueryFilters().CountAsync(), Is.EqualTo(Aanwezigheid));
        Assert.That(_counts.Single(c => c.Table.EndsWith("voortgangsmeldingen", StringComparison.Ordinal)).Rows, Is.EqualTo(Aanwezigheid));
    }

    [Test]
    public async Task Generate_GivesUniqueValidBsns()
    {
        await using var db = GenerateCommand.CreatePluginContext(_options);

        var bsns = await db.Dossiers.IgnoreQueryFilters().Where(d => d.Bsn != null).Select(d => d.Bsn!).ToListAsync();

        Assert.That(bsns, Is.Not.Empty);
        Assert.That(bsns.Where(bsn => !Bsn.TryParse(bsn, out _, out _)), Is.Empty, "every BSN passes the elfproef");
        Assert.That(bsns, Is.Unique);
        Assert.That(bsns.Select(bsn => int.Parse(bsn, System.Globalization.CultureInfo.InvariantCulture)), Is.All.InRange(TestBsnSequence.First, TestBsnSequence.Last));
    }

    [Test]
    public async Task Generate_LinksAttendanceToDossierOfSameGemeente()
    {
        await using var db = GenerateCommand.CreatePluginContext(_options);
        var dossiers = db.Dossiers.IgnoreQueryFilters();

        var losseMeldingen = await db.Voortgangsmeldingen.IgnoreQueryFilters()
            .CountAsync(m => !dossiers.Any(d => d.Id == m.DossierId && d.Gemeente == m.Gemeente));
        var losseUren = await db.Urenregels.IgnoreQueryFilters()
            .CountAsync(u => !dossiers.Any(d => d.Id == u.DossierId && d.Gemeente == u.Gemeente));
        var urenZonderMelding = await db.Urenregels.IgnoreQueryFilters()
            .CountAsync(u => !db.Voortgangsmeldingen.IgnoreQueryFilters().Any(m => m.Id == u.VoortgangsmeldingId && m.DossierId == u.DossierId));

        Assert.That(losseMeldingen, Is.Zero);
        Assert.That(losseUren, Is.Zero);
        Assert.That(urenZonderMelding, Is.Zero);
    }

    [Test]
    public async Task Generate_OpensDossierAndWerkvoorraadInSampleHost()
    {
        Guid dossierId;
        string bsn;
        await using (var db = GenerateCommand.CreatePluginContext(_options))
        {
            var dossier = await db.Dossiers.IgnoreQueryFilters()
                .Where(d => d.Gemeente == DemoUsers.Rotterdam && d.Status == DossierStatus.InTraject && d.Bsn != null)
                .OrderBy(d => d.Id)
                .FirstAsync();
            dossierId = dossier.Id;
            bsn = dossier.Bsn!;
        }

        var eersteTaak = await FirstOpenTaskAsync(DemoUsers.Rotterdam);

        await using var host = new PluginTestHost(new PluginTestHostOptions
        {
            PublishedPlugins = [Path.Combine(PublishedPluginFolders.FindFolderAbove("Inburgering.sln"), "SampleHost", "plugins", "inburgering")],
            Provider = provider,
            ConnectionString = _connectionString,
            SeedDemoData = false,
        });
        await host.StartAsync();
        using var session = await host.LogInAsync(DemoUsers.IdFor(HostRoles.ConsulentInburgering));

        var (dossierStatus, dossierHtml) = await session.GetPageAsync($"/schermen/inburgering.dossier/{dossierId}");
        var (werkvoorraadStatus, werkvoorraadHtml) = await session.GetPageAsync("/werkvoorraad");

        Assert.That(dossierStatus, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(dossierHtml, Does.Contain(bsn));
        Assert.That(werkvoorraadStatus, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(eersteTaak, Is.Not.Null, "the generator wrote open tasks in 0599");
        Assert.That(werkvoorraadHtml, Does.Contain(eersteTaak));
    }

    /// <summary>Returns the title of the open task the work queue shows first in <paramref name="gemeente"/>: the earliest due.</summary>
    private async Task<string?> FirstOpenTaskAsync(string gemeente)
    {
        await using DbConnection connection = provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(_connectionString)
            : new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT "TaskNl" FROM work_items WHERE "Gemeente" = @gemeente AND "ClosedAt" IS NULL ORDER BY "DueDate", "Id" LIMIT 1
            """;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "gemeente";
        parameter.Value = gemeente;
        command.Parameters.Add(parameter);

        return (string?)await command.ExecuteScalarAsync();
    }
}
