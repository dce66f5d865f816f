using Host.Abstractions;
using TestSupport;
using static Inburgering.Plugin.Tests.Pip.PipTestSteps;

namespace Inburgering.Plugin.Tests.Pip;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class PipBeschikkingTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;
    private string _dossierId = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        _dossierId = await DossierInBredeIntakeAsync(_plugin, new DateOnly(2026, 10, 1));
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    private static List<string> Texts(ScreenContent screen, Func<LocalizedText, string> language) =>
        [.. screen.Sections.SelectMany(s => s.Elements).OfType<TextElement>().Select(t => language(t.Text))];

    private async Task<ScreenContent> LetterAsync(int versienummer)
    {
        var versie = (await VersiesAsync(_plugin)).Single(v => v.Versienummer == versienummer);
        _plugin.ProcessingLog.Clear();
        return (await _plugin.LoadScreenAsync("inburgering.pip-beschikking", versie.Id.ToString()))!;
    }

    [Test]
    public async Task Letter_FirstPip_HasDecisionTermijnAndBezwaar()
    {
        await EerstePipAsync(_plugin, _dossierId, "2026-12-03");

        var letter = await LetterAsync(1);

        var texts = Texts(letter, t => t.Nl);
        var fields = letter.Sections.SelectMany(s => s.Elements).OfType<FieldElement>().ToDictionary(f => f.Field.Key, f => f.Value);
        Assert.That(letter.Heading, Is.EqualTo("Gemeente 0599"));
        Assert.That(letter.Actions, Is.Empty);
        Assert.That(fields["dagtekening"], Is.EqualTo(new DateOnly(2026, 12, 3)));
        Assert.That(texts, Does.Contain("Onderwerp: Besluit persoonlijk plan inburgering en participatie (PIP)"));
        Assert.That(fields["leerroute"], Is.EqualTo("B1Route"));
        Assert.That(fields["intensiteitPvt"], Is.EqualTo("12 uur in 6 weken"));
        Assert.That(fields["vve"], Is.EqualTo("Peuteropvang voor het jongste kind"));
        Assert.That(fields["termijnStart"], Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(fields["termijnLaatsteDag"], Is.EqualTo(new DateOnly(2029, 12, 3)));
        Assert.That(texts, Does.Contain("Het college van burgemeester en wethouders heeft uw persoonlijk plan inburgering en participatie (PIP) vastgesteld. Wij hebben het plan eerst met u besproken. Dit besluit is genomen op grond van artikel 15 van de Wet inburgering 2021."));
        Assert.That(texts, Does.Contain("Uw inburgeringstermijn is begonnen op 4 december 2026, de dag na de dagtekening van uw eerste PIP (3 december 2026). De termijn duurt drie jaar; de laatste dag is 3 december 2029. Een nieuw of gewijzigd PIP verandert deze termijn niet."));
        Assert.That(texts, Does.Contain("Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Stuur uw bezwaarschrift binnen zes weken na de dagtekening van deze brief schriftelijk aan het college van burgemeester en wethouders van gemeente 0599."));
        Assert.That(texts, Does.Contain("Uw bezwaarschrift moet ten minste bevatten: uw naam en adres, de datum, een omschrijving van het besluit waartegen u bezwaar maakt, de redenen van uw bezwaar en uw handtekening."));
        Assert.That(texts, Does.Contain("Hebt u vragen over dit besluit? Neem dan contact op met uw contactpersoon Consulent Inburgering, inburgering@gemeente.example."));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.pip", ProcessingOperation.Read, new DataSubject("BSN", TestBsn)),
        }));
    }

    [Test]
    public async Task Letter_InEnglish_HasBezwaarClause()
    {
        await EerstePipAsync(_plugin, _dossierId, "2026-12-03");

        var letter = await LetterAsync(1);

        Assert.That(Texts(letter, t => t.En), Does.Contain("Do you disagree with this decision? Then you can object. Send your objection in writing within six weeks after the date of this letter to the college of mayor and aldermen of municipality 0599."));
    }

    [Test]
    public async Task Letter_Afschalen_NamesPreviousPipAndReason()
    {
        await EerstePipAsync(_plugin, _dossierId, "2026-11-25");
        await AddUrenAsync(_plugin, _dossierId, Uren.UrenSoort.Nt2Fysiek, 600);
        await RunAsync(_plugin, "inburgering.pip-afschalen", _dossierId, ("inzetAangetoond", "true"), ("inzetToelichting", "Alle lessen gevolgd"), ("wijzigingsreden", "B1 niet haalbaar"));
        await VaststellenAsync(_plugin, _dossierId, "04-12-2026");

        var texts = Texts(await LetterAsync(2), t => t.Nl);

        Assert.That(texts, Does.Contain("Het college van burgemeester en wethouders heeft uw persoonlijk plan inburgering en participatie (PIP) gewijzigd. Dit besluit vervangt het PIP met dagtekening 25 november 2026. Dit besluit is genomen op grond van artikel 15 van de Wet inburgering 2021."));
        Assert.That(texts, Does.Contain("Uw leerroute is afgeschaald van niveau B1 naar niveau A2. U hebt ten minste 600 uur NT2-les gevolgd bij een school met keurmerk en voldoende inzet getoond."));
        Assert.That(texts, Does.Contain("Reden van de wijziging: B1 niet haalbaar"));
        Assert.That(texts, Does.Contain("Uw inburgeringstermijn is begonnen op 26 november 2026, de dag na de dagtekening van uw eerste PIP (25 november 2026). De termijn duurt drie jaar; de laatste dag is 25 november 2029. Een nieuw of gewijzigd PIP verandert deze termijn niet."));
    }

    [Test]
    public async Task Letter_Concept_IsMarkedAsConcept()
    {
        await ConceptAsync(_plugin, _dossierId);

        var letter = await LetterAsync(1);

        Assert.That(letter.Heading, Is.EqualTo("CONCEPT — Gemeente 0599"));
        Assert.That(Texts(letter, t => t.Nl)[1], Is.EqualTo("Dit is een concept. Het PIP is nog niet vastgesteld en is nog geen besluit."));
    }

    [Test]
    public async Task Letter_OtherGemeente_IsNotFound()
    {
        await EerstePipAsync(_plugin, _dossierId);
        var versieId = (await VersiesAsync(_plugin)).Single().Id.ToString();
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        var letter = await _plugin.LoadScreenAsync("inburgering.pip-beschikking", versieId);

        Assert.That(letter, Is.Null);
    }

    [Test]
    public async Task Letter_Restricted_IsRefused()
    {
        await EerstePipAsync(_plugin, _dossierId);
        await UpdateDossierAsync(_plugin, _dossierId, d => d.BeperktOp = new DateOnly(2026, 12, 4));

        var letter = await LetterAsync(1);

        Assert.That(letter.IsRefused, Is.True);
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }
}
