using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Api;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Paging;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Tests.Paging;
using Inburgering.Plugin.Uren;
using Inburgering.Plugin.Voortgang;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Tests.QueryPlans;

/// <summary>
/// The plans PostgreSQL chooses for the hot list queries, exactly as EF Core generates them, over 20,000 dossiers,
/// 200,000 urenregels, 20,000 aanmeldingen and 20,000 leveringen after <c>ANALYZE</c>. Each plan must use the index
/// the list order was designed for and must not scan a big table sequentially. PostgreSQL only: SQLite has no cost
/// statistics of this kind, its <c>EXPLAIN QUERY PLAN</c> differs in form, and production runs on PostgreSQL.
/// </summary>
[TestFixture]
public sealed class HotQueryPlanTests
{
    private const int Dossiers = 20_000;

    private const int Urenregels = 200_000;

    private const int Aanbieders = 20;

    private const int Aanmeldingen = 20_000;

    private const int Leveringen = 20_000;

    private static readonly string[] BigTables = ["dossiers", "urenregels", "aanmeldingen", "leveringen", "voortgangsmeldingen"];

    private static readonly GemeenteCode Rotterdam = PluginHarness.Rotterdam;

    private PluginHarness _plugin = null!;

    [OneTimeSetUp]
    public async Task FillDatabaseAsync()
    {
        _plugin = await PluginHarness.StartAsync(DatabaseProvider.PostgreSql);

        var templateDossier = PagingSeed.Dossier(Rotterdam, PagingSeed.Id(1, 0), 999_999_999, PagingSeed.Start, DossierStatus.Gekoppeld);
        await PagingSeed.AddAsync(_plugin, Rotterdam, db =>
        {
            db.Dossiers.Add(templateDossier);
            db.Aanbieders.AddRange(Enumerable.Range(1, Aanbieders).Select(k =>
                PagingSeed.Aanbieder(Rotterdam, PagingSeed.Id(10, k), string.Create(CultureInfo.InvariantCulture, $"900599{k:D2}"))));
        });
        await PagingSeed.AddAsync(_plugin, Rotterdam, db =>
        {
            db.Urenregels.Add(PagingSeed.Urenregel(Rotterdam, PagingSeed.Id(3, 0), templateDossier.Id, new DateOnly(2024, 1, 7)));
            db.Aanmeldingen.Add(PagingSeed.Aanmelding(Rotterdam, PagingSeed.Id(6, 0), templateDossier.Id, PagingSeed.Id(10, 1), new DateOnly(2024, 1, 1)));
            db.Leveringen.Add(PagingSeed.Levering(Rotterdam, PagingSeed.Id(9, 0), PagingSeed.Id(10, 1), PagingSeed.Start));
        });

        var statuses = string.Join(", ", Enum.GetNames<DossierStatus>().Select(s => $"'{s}'"));
        var aanbiederId = $"('00000010-0000-0000-0000-' || lpad((1 + g % {Aanbieders})::text, 12, '0'))::uuid";
        await WithDbAsync(async db =>
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));

            await PlanData.CopyAsync<Dossier>(db, templateDossier.Id, Dossiers, new Dictionary<string, string>
            {
                ["id"] = PlanData.Uuid("d", "g"),
                ["v_nummer"] = "lpad(g::text, 10, '0')",
                ["bsn"] = "lpad(g::text, 9, '0')",
                ["status"] = $"(ARRAY[{statuses}])[1 + g % {Enum.GetNames<DossierStatus>().Length}]",
                ["geregistreerd_op"] = "t.\"geregistreerd_op\" + g * interval '1 minute'",
            });
            await PlanData.CopyAsync<Urenregel>(db, PagingSeed.Id(3, 0), Urenregels, new Dictionary<string, string>
            {
                ["id"] = PlanData.Uuid("u", "g"),
                ["dossier_id"] = PlanData.Uuid("d", $"1 + g % {Dossiers}"),
                ["periode_van"] = $"date '2024-01-01' + (g / {Dossiers}) * 7",
                ["periode_tot"] = $"date '2024-01-07' + (g / {Dossiers}) * 7",
            });
            await PlanData.CopyAsync<Aanmelding>(db, PagingSeed.Id(6, 0), Aanmeldingen, new Dictionary<string, string>
            {
                ["id"] = PlanData.Uuid("m", "g"),
                ["dossier_id"] = PlanData.Uuid("d", "g"),
                ["aanbieder_id"] = aanbiederId,
                ["startdatum"] = "date '2024-01-01' + g % 700",
            });
            await PlanData.CopyAsync<Levering>(db, PagingSeed.Id(9, 0), Leveringen, new Dictionary<string, string>
            {
                ["id"] = PlanData.Uuid("l", "g"),
                ["aanbieder_id"] = aanbiederId,
                ["referentie"] = "'L' || g",
                ["inhoudshash"] = "md5(g::text)",
                ["ontvangen_op"] = "t.\"ontvangen_op\" + g * interval '1 minute'",
            });

            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        });
    }

    [OneTimeTearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public Task DossierList_FirstPage_UsesRegistrationIndex() =>
        AssertPlanAsync<Dossier>(
            db => KeysetPaging.PageQuery(DossierLijst.Query(db, null), DossierLijst.Order, null, DossierLijst.PageSize),
            nameof(Dossier.Gemeente), nameof(Dossier.GeregistreerdOp), nameof(Dossier.Id));

    [Test]
    public Task DossierList_NextPage_UsesRegistrationIndex() =>
        AssertPlanAsync<Dossier>(
            db => KeysetPaging.PageQuery(DossierLijst.Query(db, null), DossierLijst.Order, MiddleCursor(db, null), DossierLijst.PageSize),
            nameof(Dossier.Gemeente), nameof(Dossier.GeregistreerdOp), nameof(Dossier.Id));

    [Test]
    public Task DossierList_StatusFirstPage_UsesStatusIndex() =>
        AssertPlanAsync<Dossier>(
            db => KeysetPaging.PageQuery(DossierLijst.Query(db, DossierStatus.InTraject), DossierLijst.Order, null, DossierLijst.PageSize),
            nameof(Dossier.Gemeente), nameof(Dossier.Status), nameof(Dossier.GeregistreerdOp), nameof(Dossier.Id));

    [Test]
    public Task DossierList_StatusNextPage_UsesStatusIndex() =>
        AssertPlanAsync<Dossier>(
            db => KeysetPaging.PageQuery(DossierLijst.Query(db, DossierStatus.InTraject), DossierLijst.Order, MiddleCursor(db, DossierStatus.InTraject), DossierLijst.PageSize),
            nameof(Dossier.Gemeente), nameof(Dossier.Status), nameof(Dossier.GeregistreerdOp), nameof(Dossier.Id));

    [Test]
    public Task Urenregels_OneStudent_UsesDossierIndex() =>
        AssertPlanAsync<Urenregel>(
            db => KeysetPaging.PageQuery(UrenregelPagina.Query(db, StudentId(db)), UrenregelPagina.Order, null, UrenregelPagina.Grootte),
            nameof(Urenregel.DossierId), nameof(Urenregel.PeriodeTot), nameof(Urenregel.Id));

    [Test]
    public Task Leveringen_OneAanbieder_UsesAanbiederIndex() =>
        AssertPlanAsync<Levering>(
            db => KeysetPaging.PageQuery(ListLeveringenOperation.Query(db, [PagingSeed.Id(10, 3)]), ListLeveringenOperation.Order, null, Paginering.StandaardGrootte),
            nameof(Levering.Gemeente), nameof(Levering.AanbiederId), nameof(Levering.OntvangenOp), nameof(Levering.Id));

    [Test]
    public Task Aanmeldingen_OneAanbieder_UsesAanbiederIndex() =>
        AssertPlanAsync<Aanmelding>(
            db =>
            {
                var aanbiederId = PagingSeed.Id(10, 3);
                return KeysetPaging.PageQuery(db.Aanmeldingen.AsNoTracking().Where(m => m.AanbiederId == aanbiederId), AanmeldingPagina.Order, null, AanmeldingPagina.Grootte);
            },
            nameof(Aanmelding.Gemeente), nameof(Aanmelding.AanbiederId), nameof(Aanmelding.Startdatum), nameof(Aanmelding.Id));

    [Test]
    public Task Dossier_ByBsn_UsesBsnIndex() =>
        AssertPlanAsync<Dossier>(
            db => db.Dossiers.Where(d => d.Bsn == "000012345").Select(d => new { d.Id, d.BeperktOp }),
            nameof(Dossier.Gemeente), nameof(Dossier.Bsn));

    /// <summary>
    /// Explains the query that <paramref name="buildQuery"/> returns, with its parameter values, and asserts that the plan
    /// reads the index on <paramref name="indexProperties"/> of <typeparamref name="TEntity"/> and no big table by Seq Scan.
    /// </summary>
    private async Task AssertPlanAsync<TEntity>(Func<InburgeringDbContext, IQueryable> buildQuery, params string[] indexProperties)
    {
        var (plan, index) = await WithDbAsync(async db =>
        {
            var expectedIndex = db.Model.FindEntityType(typeof(TEntity))!
                .GetIndexes()
                .Single(i => i.Properties.Select(p => p.Name).SequenceEqual(indexProperties))
                .GetDatabaseName()!;

            await using var command = buildQuery(db).CreateDbCommand();
            command.CommandText = "EXPLAIN (FORMAT JSON) " + command.CommandText;
            await db.Database.OpenConnectionAsync();
            var json = (string)(await command.ExecuteScalarAsync())!;

            return (PlanNode.Parse(json), expectedIndex);
        });

        var described = string.Join(" / ", plan);
        Assert.That(plan.Where(n => n.NodeType == "Seq Scan" && BigTables.Contains(n.Relation)), Is.Empty, described);
        Assert.That(plan.Select(n => n.Index), Does.Contain(index), described);
    }

    private static string MiddleCursor(InburgeringDbContext db, DossierStatus? status)
    {
        var middle = DossierLijst.Order.Apply(DossierLijst.Query(db, status)).Skip(Dossiers / 16).First();

        return KeysetCursor.Encode(DossierLijst.Order.ValuesOf(middle));
    }

    private static Guid StudentId(InburgeringDbContext db) =>
        db.Urenregels.AsNoTracking().Where(r => r.Id != PagingSeed.Id(3, 0)).Select(r => r.DossierId).First();

    private async Task<T> WithDbAsync<T>(Func<InburgeringDbContext, Task<T>> work)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<InburgeringDbContext>());
    }

    private async Task WithDbAsync(Func<InburgeringDbContext, Task> work)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<InburgeringDbContext>());
    }
}
