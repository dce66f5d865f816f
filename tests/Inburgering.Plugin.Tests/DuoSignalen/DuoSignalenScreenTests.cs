using Host.Abstractions;
using Inburgering.Plugin.DuoSignalen;
using Inburgering.Plugin.Persistence;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Inburgering.Plugin.Tests.DuoSignalen;

/// <summary>The inbox list and the screen of one DUO signal.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class DuoSignalenScreenTests(DatabaseProvider provider)
{
    private static readonly DataSubject s_suzanne = new("BSN", "999993653");

    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task List_Filters_AreSoortAndStatusOnly()
    {
        var list = await LoadListAsync(ListQuery.Default);

        Assert.That(list.Filters.Select(f => f.Key), Is.EqualTo(new[] { "soort", "status" }));
        Assert.That(list.Filters.Select(f => f.Type), Has.None.EqualTo(FieldType.Bsn));
        Assert.That(list.Columns.Select(c => c.Key), Is.EqualTo(new[] { "ontvangenOp", "kennisgevingsdatum", "soort", "status" }));
    }

    [Test]
    public async Task List_NewestFirst_WithoutPersonOrRead()
    {
        var ouder = await _plugin.EnterValidSignalAsync("Intrekking", "2026-11-01");
        _plugin.Clock.Advance(TimeSpan.FromDays(1));
        var nieuwer = await _plugin.EnterValidSignalAsync("Intrekking", "2026-11-02");
        _plugin.ProcessingLog.Clear();

        var list = await LoadListAsync(ListQuery.Default);

        Assert.That(list.Rows.Select(r => r.Link!.RecordId), Is.EqualTo(new[] { nieuwer, ouder }));
        Assert.That(list.Rows[0].Values, Is.EqualTo(new object?[] { new DateOnly(2026, 12, 5), new DateOnly(2026, 11, 2), "Intrekking", "Nieuw" }));
        Assert.That(list.Rows[0].Link!.ScreenId, Is.EqualTo("inburgering.duo-signaal"));
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task List_BothFilters_ShowsMatchesOnly()
    {
        await _plugin.EnterValidSignalAsync("Intrekking", "2026-11-01");
        var afgewezen = await _plugin.EnterValidSignalAsync("Intrekking", "2026-11-02");
        await _plugin.ExecuteAsync("inburgering.duo-signaal-afwijzen", afgewezen, ("afwijsReden", "Dubbel"));
        await _plugin.EnterValidSignalAsync("Correctie", "2026-11-02", wetRegime: "Wi2013");

        var list = await LoadListAsync(Query(("soort", "Intrekking"), ("status", "Afgewezen")));

        Assert.That(list.Rows.Select(r => r.Link!.RecordId), Is.EqualTo(new[] { afgewezen }));
    }

    [Test]
    public async Task List_UnknownFilterValue_IsIgnored()
    {
        await _plugin.EnterValidSignalAsync("Intrekking", "2026-11-01");

        var list = await LoadListAsync(Query(("soort", "999993653")));

        Assert.That(list.Rows, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task List_MoreThanAPage_PagesByKeyset()
    {
        await AddSignalsAsync(DuoSignalenScreen.PageSize + 1);

        var first = await LoadListAsync(ListQuery.Default);
        var second = await LoadListAsync(ListQuery.Default with { After = first.NextPage });

        Assert.That(first.Rows, Has.Count.EqualTo(DuoSignalenScreen.PageSize));
        Assert.That(first.NextPage, Is.Not.Null);
        Assert.That(second.Rows, Has.Count.EqualTo(1));
        Assert.That(second.NextPage, Is.Null);
        Assert.That(second.Rows.Single().Values[0], Is.EqualTo(new DateOnly(2026, 1, 1)));
    }

    [Test]
    public async Task List_OtherGemeente_ShowsNothing()
    {
        await _plugin.EnterValidSignalAsync("Intrekking", "2026-11-01");
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        var list = await LoadListAsync(ListQuery.Default);

        Assert.That(list.Rows, Is.Empty);
    }

    [Test]
    public async Task Signaal_New_ShowsPersonAndRecordsRead()
    {
        var signaalId = await _plugin.EnterValidSignalAsync("NieuwePlichtige", "2026-11-01", doelgroep: "Gezinsmigrant", wetRegime: "Wi2021");
        _plugin.ProcessingLog.Clear();

        var screen = await _plugin.LoadScreenAsync("inburgering.duo-signaal", signaalId);

        var fields = screen!.Sections.SelectMany(s => s.Elements).OfType<FieldElement>().ToDictionary(f => f.Field.Key, f => f.Value);
        Assert.That(fields["bsn"], Is.EqualTo("999993653"));
        Assert.That(fields["kennisgevingsdatum"], Is.EqualTo(new DateOnly(2026, 11, 1)));
        Assert.That(fields["status"], Is.EqualTo("Nieuw"));
        Assert.That(screen.Actions, Is.EqualTo(new[] { "inburgering.duo-signaal-verwerken", "inburgering.duo-signaal-afwijzen" }));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[] { new ProcessingRecord("inburgering.duo-signalen", ProcessingOperation.Read, s_suzanne) }));
    }

    [Test]
    public async Task Signaal_Processed_LinksDossierWithoutActions()
    {
        var signaalId = await _plugin.EnterValidSignalAsync("NieuwePlichtige", "2026-11-01", doelgroep: "Gezinsmigrant", wetRegime: "Wi2021");
        await _plugin.ProcessAsync(signaalId);
        var dossierId = (await _plugin.AllDossiersAsync()).Single().Id.ToString();

        var screen = await _plugin.LoadScreenAsync("inburgering.duo-signaal", signaalId);

        var link = screen!.Sections.SelectMany(s => s.Elements).OfType<ListElement>().Single().Rows.Single().Link;
        Assert.That(screen.Actions, Is.Empty);
        Assert.That(link, Is.EqualTo(new ScreenLink("inburgering.dossier", dossierId)));
    }

    [Test]
    public async Task Signaal_ProcessedCorrectie_ShowsCorrections()
    {
        await _plugin.RegisterAsync("999993653", doelgroep: "Gezinsmigrant");
        var signaalId = await _plugin.EnterValidSignalAsync("Correctie", "2026-11-30", doelgroep: "OverigeMigrant");
        await _plugin.ProcessAsync(signaalId);

        var screen = await _plugin.LoadScreenAsync("inburgering.duo-signaal", signaalId);

        var correcties = screen!.Sections.Single(s => s.Title.Nl == "Correcties").Elements.OfType<ListElement>().Single();
        Assert.That(correcties.Rows.Single().Values, Is.EqualTo(new object?[] { new DateOnly(2026, 12, 4), "Doelgroep", "Gezinsmigrant", "OverigeMigrant", "Correctie door DUO", "medewerker-17" }));
    }

    [Test]
    public async Task Signaal_OtherGemeente_IsNotFound()
    {
        var signaalId = await _plugin.EnterValidSignalAsync("Intrekking", "2026-11-01");
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        var screen = await _plugin.LoadScreenAsync("inburgering.duo-signaal", signaalId);

        Assert.That(screen, Is.Null);
    }

    private async Task<ListElement> LoadListAsync(ListQuery query)
    {
        var screen = await _plugin.LoadScreenAsync("inburgering.duo-signalen", null, query);
        return screen!.Sections.Single().Elements.OfType<ListElement>().Single();
    }

    private static ListQuery Query(params (string Key, string Value)[] filters) =>
        ListQuery.Default with { Filters = filters.ToDictionary(f => f.Key, f => f.Value) };

    /// <summary>Adds <paramref name="count"/> signals received on successive days from 1 January 2026.</summary>
    private async Task AddSignalsAsync(int count)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        for (var i = 0; i < count; i++)
        {
            var day = new DateOnly(2026, 1, 1).AddDays(i);
            db.DuoSignalen.Add(new DuoSignaal
            {
                Id = Guid.CreateVersion7(),
                Gemeente = "0599",
                Soort = DuoSignaalSoort.Intrekking,
                Kennisgevingsdatum = day,
                OntvangenOp = day,
                Bsn = "999993653",
                Inhoudssleutel = DuoSignaalSleutel.Van(DuoSignaalSoort.Intrekking, day, "999993653", null),
                Status = DuoSignaalStatus.Nieuw,
                IngevoerdOp = PluginHarness.Now,
                IngevoerdDoor = "medewerker-17",
            });
        }

        await db.SaveChangesAsync();
    }
}
