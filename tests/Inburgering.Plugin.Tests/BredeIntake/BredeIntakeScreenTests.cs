using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Inburgering.Plugin.Tests.BredeIntake;

/// <summary>The intake screen: parts with values and status, pre-filled forms, and health only for users allowed to see it.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class BredeIntakeScreenTests(DatabaseProvider provider)
{
    private static readonly string[] s_gezondheidKeys =
        ["gezondheidNietBesproken", "gezondheidNietBesprokenReden", "gezondheidLichamelijk", "gezondheidPsychisch"];

    private static readonly string[] s_partActions =
    [
        "inburgering.brede-intake.zelfredzaamheid",
        "inburgering.brede-intake.niveau-nederlands",
        "inburgering.brede-intake.leerbaarheidstoets",
        "inburgering.brede-intake.opleiding-werkervaring",
        "inburgering.brede-intake.gezondheid",
        "inburgering.brede-intake.gezin",
        "inburgering.brede-intake.vve",
        "inburgering.brede-intake.werk-participatie",
        "inburgering.brede-intake.digitale-vaardigheden",
        "inburgering.brede-intake.ontwikkelwensen",
        "inburgering.brede-intake.tolk",
    ];

    private PluginHarness _plugin = null!;
    private string _dossierId = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        var registered = await _plugin.RegisterAsync("999993653", koppeldatum: "2026-11-20");
        _dossierId = registered.NavigateTo!.RecordId!;
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Screen_NewIntake_AllPartsOpen()
    {
        var screen = await _plugin.LoadScreenAsync("inburgering.brede-intake", _dossierId);

        var overzicht = screen!.Sections[0].Elements.OfType<ListElement>().Single();
        Assert.That(screen.Heading, Is.EqualTo("Suzanne Moulin"));
        Assert.That(screen.Version, Is.EqualTo("nieuw"));
        Assert.That(overzicht.Rows.Select(r => r.Values[1]), Is.All.EqualTo("NietIngevuld"));
        Assert.That(overzicht.Rows, Has.Count.EqualTo(11));
        Assert.That(screen.Sections.Select(s => s.Title.Nl), Is.EqualTo(new[]
        {
            "Brede intake",
            "Zelfredzaamheid",
            "Huidig niveau Nederlands",
            "Leerbaarheidstoets",
            "Opleiding en werkervaring in het land van herkomst",
            "Gezondheid, lichamelijk en psychisch",
            "Gezinssituatie en sociaal netwerk",
            "VVE: mogelijkheden voor jonge kinderen",
            "Mogelijkheden voor werk en participatie",
            "Digitale vaardigheden",
            "Ontwikkelwensen",
            "Tolk",
            "Leerroute voor het PIP",
        }));
        Assert.That(screen.Actions, Is.EqualTo(s_partActions.Append("inburgering.brede-intake.leerroute").Append("inburgering.brede-intake.afronden")));
    }

    [Test]
    public async Task Screen_SavedParts_FillsForms()
    {
        await _plugin.SaveAllPartsAsync(_dossierId);

        var screen = await _plugin.LoadScreenAsync("inburgering.brede-intake", _dossierId);

        var overzicht = screen!.Sections[0].Elements.OfType<ListElement>().Single();
        Assert.That(overzicht.Rows.Select(r => r.Values[1]), Is.All.EqualTo("Ingevuld"));
        Assert.That(screen.Version, Is.EqualTo(await _plugin.IntakeVersionAsync(_dossierId)));
        Assert.That(Value(screen, "tolkStatus"), Is.EqualTo("Ingevuld"));
        Assert.That(Value(screen, "leerbaarheidstoetsScore"), Is.EqualTo(30));
        Assert.That(Value(screen, "leerbaarheidstoetsDatum"), Is.EqualTo(new DateOnly(2026, 11, 30)));
        Assert.That(Value(screen, "leerbaarheidstoetsCesuur"), Is.EqualTo(28));
        Assert.That(Value(screen, "gezondheidPsychisch"), Is.EqualTo("Slaapt slecht sinds de vlucht"));
        foreach (var (_, values) in IntakeSteps.Forms)
        {
            foreach (var (key, value) in values)
            {
                Assert.That(screen.ActionValues[key], Is.EqualTo(value), key);
            }
        }
    }

    [Test]
    public async Task Screen_WithoutGezondheidPermission_LeavesHealthOut()
    {
        await _plugin.SaveAllPartsAsync(_dossierId);
        _plugin.User.Granted = new HashSet<string> { "inburgering.intake.view", "inburgering.intake.edit" };

        var screen = await _plugin.LoadScreenAsync("inburgering.brede-intake", _dossierId);

        var keys = screen!.Sections.SelectMany(s => s.Elements).OfType<FieldElement>().Select(f => f.Field.Key).ToList();
        var gezondheid = screen.Sections.Single(s => s.Title.Nl == "Gezondheid, lichamelijk en psychisch");
        Assert.That(keys, Has.None.AnyOf(s_gezondheidKeys));
        Assert.That(screen.ActionValues.Keys, Has.None.AnyOf(s_gezondheidKeys));
        Assert.That(screen.Actions, Does.Not.Contain("inburgering.brede-intake.gezondheid"));
        Assert.That(screen.Actions, Has.Count.EqualTo(12));
        Assert.That(gezondheid.Elements[0], Is.EqualTo(new FieldElement(gezondheid.Elements.OfType<FieldElement>().Single().Field, "Ingevuld")));
        Assert.That(gezondheid.Elements[1], Is.InstanceOf<TextElement>());
    }

    [Test]
    public async Task Screen_WithoutEditPermission_OffersNoActions()
    {
        _plugin.User.Granted = new HashSet<string> { "inburgering.intake.view", "inburgering.gezondheid" };

        var screen = await _plugin.LoadScreenAsync("inburgering.brede-intake", _dossierId);

        Assert.That(screen!.Actions, Is.Empty);
        Assert.That(screen.ActionValues, Is.Empty);
    }

    [Test]
    public async Task Screen_UnknownDossier_IsNotFound()
    {
        Assert.That(await _plugin.LoadScreenAsync("inburgering.brede-intake", Guid.NewGuid().ToString()), Is.Null);
        Assert.That(_plugin.ProcessingLog.Records.Where(r => r.ActivityId == "inburgering.brede-intake"), Is.Empty);
    }

    [Test]
    public async Task Screen_OtherGemeente_IsNotFound()
    {
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        Assert.That(await _plugin.LoadScreenAsync("inburgering.brede-intake", _dossierId), Is.Null);
    }

    [Test]
    public void Definition_UsesIntakeViewOnPage()
    {
        using var scope = _plugin.Services.CreateScope();
        var screen = scope.ServiceProvider.GetServices<IScreen>().Single(s => s.Definition.Id == "inburgering.brede-intake");

        Assert.That(screen.Definition.Slot, Is.EqualTo(HostSlots.Page));
        Assert.That(screen.Definition.ViewPermission, Is.EqualTo("inburgering.intake.view"));
    }

    [Test]
    public void Actions_NeedIntakeEdit()
    {
        using var scope = _plugin.Services.CreateScope();
        var actions = scope.ServiceProvider.GetServices<IActionHandler>().Where(a => a.Definition.Id.StartsWith("inburgering.brede-intake.", StringComparison.Ordinal)).ToList();

        Assert.That(actions.Select(a => a.Definition.Id), Is.EquivalentTo(s_partActions.Append("inburgering.brede-intake.leerroute").Append("inburgering.brede-intake.afronden")));
        Assert.That(actions.Select(a => a.Definition.Permission), Is.All.EqualTo("inburgering.intake.edit"));
    }

    [Test]
    public void Gezondheid_Fields_AreSpecialCategoryWithOwnPermission()
    {
        using var scope = _plugin.Services.CreateScope();
        var actions = scope.ServiceProvider.GetServices<IActionHandler>().ToList();
        var gezondheid = actions.Single(a => a.Definition.Id == "inburgering.brede-intake.gezondheid").Definition.Inputs;

        Assert.That(gezondheid.Select(f => f.Key), Is.EqualTo(s_gezondheidKeys));
        Assert.That(gezondheid.Select(f => f.Privacy), Is.All.EqualTo(PrivacyClass.SpecialCategory));
        Assert.That(gezondheid.Select(f => f.ViewPermission), Is.All.EqualTo("inburgering.gezondheid"));
        Assert.That(gezondheid.Select(f => f.EditPermission), Is.All.EqualTo("inburgering.gezondheid"));
    }

    [Test]
    public void OtherParts_Fields_AreNotSpecialCategory()
    {
        using var scope = _plugin.Services.CreateScope();
        var others = scope.ServiceProvider.GetServices<IActionHandler>()
            .Where(a => a.Definition.Id.StartsWith("inburgering.brede-intake.", StringComparison.Ordinal) && a.Definition.Id != "inburgering.brede-intake.gezondheid")
            .SelectMany(a => a.Definition.Inputs)
            .ToList();

        Assert.That(others, Has.Count.EqualTo(23));
        Assert.That(others.Select(f => f.Privacy), Has.None.EqualTo(PrivacyClass.SpecialCategory));
        Assert.That(others.Select(f => f.ViewPermission), Has.None.EqualTo("inburgering.gezondheid"));
    }

    [Test]
    public void FieldKeys_AreUniqueOverAllForms()
    {
        using var scope = _plugin.Services.CreateScope();
        var keys = scope.ServiceProvider.GetServices<IActionHandler>()
            .Where(a => a.Definition.Id.StartsWith("inburgering.brede-intake.", StringComparison.Ordinal))
            .SelectMany(a => a.Definition.Inputs)
            .Select(f => f.Key)
            .ToList();

        Assert.That(keys, Is.Unique);
    }

    private static object? Value(ScreenContent screen, string key) =>
        screen.Sections.SelectMany(s => s.Elements).OfType<FieldElement>().Single(f => f.Field.Key == key).Value;
}
