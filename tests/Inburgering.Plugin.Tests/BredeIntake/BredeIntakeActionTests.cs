using Host.Abstractions;
using Inburgering.Plugin.BredeIntake;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Inburgering.Plugin.Tests.BredeIntake;

/// <summary>Saving the parts, the leerroute and completion of the brede intake on SQLite.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class BredeIntakeActionTests(DatabaseProvider provider)
{
    private static readonly DataSubject s_subject = new("BSN", "999993653");

    private PluginHarness _plugin = null!;
    private string _dossierId = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        var registered = await _plugin.RegisterAsync("999993653", koppeldatum: "2026-11-20");
        _dossierId = registered.NavigateTo!.RecordId!;
        _plugin.ProcessingLog.Clear();
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Zelfredzaamheid_Saved_StoresValues()
    {
        var result = await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "zelfredzaamheid", ("zelfredzaamheid", "NietZelfredzaam"), ("zelfredzaamheidToelichting", "Heeft hulp nodig bij alles"));

        var intake = await _plugin.IntakeAsync(_dossierId);
        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.NavigateTo, Is.EqualTo(new ScreenLink("inburgering.brede-intake", _dossierId)));
        Assert.That(intake!.Zelfredzaamheid, Is.EqualTo(Zelfredzaamheid.NietZelfredzaam));
        Assert.That(intake.ZelfredzaamheidToelichting, Is.EqualTo("Heeft hulp nodig bij alles"));
        Assert.That(intake.GestartOp, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(intake.Gemeente, Is.EqualTo("0599"));
    }

    [Test]
    public async Task AllParts_Saved_StoresEveryValue()
    {
        await _plugin.SaveAllPartsAsync(_dossierId);

        var intake = (await _plugin.IntakeAsync(_dossierId))!;
        Assert.That(intake.Zelfredzaamheid, Is.EqualTo(Zelfredzaamheid.GedeeltelijkZelfredzaam));
        Assert.That(intake.ZelfredzaamheidToelichting, Is.EqualTo("Doet boodschappen zelf, post met hulp"));
        Assert.That(intake.NiveauNederlands, Is.EqualTo(NiveauNederlands.A1));
        Assert.That(intake.AlfabetiseringNodig, Is.True);
        Assert.That(intake.LeerbaarheidstoetsAfname, Is.EqualTo(LeerbaarheidstoetsAfname.Afgenomen));
        Assert.That(intake.LeerbaarheidstoetsScore, Is.EqualTo(30));
        Assert.That(intake.LeerbaarheidstoetsDatum, Is.EqualTo(new DateOnly(2026, 11, 30)));
        Assert.That(intake.LeerbaarheidstoetsCesuur, Is.EqualTo(28));
        Assert.That(intake.OpleidingHerkomstland, Is.EqualTo("Middelbare school, zes jaar"));
        Assert.That(intake.WerkervaringHerkomstland, Is.EqualTo("Kapper, vier jaar"));
        Assert.That(intake.GezondheidNietBesproken, Is.False);
        Assert.That(intake.GezondheidLichamelijk, Is.EqualTo("Rugklachten bij lang staan"));
        Assert.That(intake.GezondheidPsychisch, Is.EqualTo("Slaapt slecht sinds de vlucht"));
        Assert.That(intake.Gezinssituatie, Is.EqualTo("Gehuwd, twee kinderen"));
        Assert.That(intake.SociaalNetwerk, Is.EqualTo("Buren en een sportclub"));
        Assert.That(intake.AantalKinderenJongerDanVier, Is.EqualTo(1));
        Assert.That(intake.VveToelichting, Is.EqualTo("Peuteropvang in de wijk"));
        Assert.That(intake.Werknemersvaardigheden, Is.EqualTo("Komt op tijd"));
        Assert.That(intake.Werkervaring, Is.EqualTo("Kapper"));
        Assert.That(intake.PraktischeCompetenties, Is.EqualTo("Knippen en verven"));
        Assert.That(intake.DigitaleVaardigheden, Is.EqualTo(DigitaleVaardigheid.Basis));
        Assert.That(intake.DigitaleVaardighedenToelichting, Is.EqualTo("Heeft nog geen DigiD"));
        Assert.That(intake.Ontwikkelwensen, Is.EqualTo("Een eigen kapsalon"));
        Assert.That(intake.TolkNodig, Is.True);
        Assert.That(intake.TolkTaal, Is.EqualTo("Tigrinya"));
        Assert.That(intake.IsAfgerond, Is.False);
    }

    [TestCase("2023-04-11", "30", 31, "NietHaalbaar", "ZRoute")]
    [TestCase("2023-04-12", "28", 28, "Haalbaar", "B1Route")]
    [TestCase("2023-04-13", "27", 28, "NietHaalbaar", "ZRoute")]
    [TestCase("11-4-2023", "31", 31, "Haalbaar", "B1Route")]
    public async Task Leerbaarheidstoets_Saved_StoresCesuurOfTestDate(string datum, string score, int cesuur, string uitkomst, string advies)
    {
        await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "leerbaarheidstoets", ("leerbaarheidstoets", "Afgenomen"), ("leerbaarheidstoetsScore", score), ("leerbaarheidstoetsDatum", datum));

        var intake = await _plugin.IntakeAsync(_dossierId);
        var screen = await _plugin.LoadScreenAsync("inburgering.brede-intake", _dossierId);
        Assert.That(intake!.LeerbaarheidstoetsCesuur, Is.EqualTo(cesuur));
        Assert.That(Value(screen!, "uitkomstLeerbaarheidstoets"), Is.EqualTo(uitkomst));
        Assert.That(Value(screen!, "adviesLeerroute"), Is.EqualTo(advies));
    }

    [Test]
    public async Task Leerbaarheidstoets_Vrijstelling_StoresNoScoreAndNoAdvice()
    {
        await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "leerbaarheidstoets", ("leerbaarheidstoets", "Afgenomen"), ("leerbaarheidstoetsScore", "35"), ("leerbaarheidstoetsDatum", "2026-11-30"));

        var result = await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "leerbaarheidstoets", ("leerbaarheidstoets", "VrijstellingVisueleBeperking"), ("leerbaarheidstoetsScore", "35"), ("leerbaarheidstoetsDatum", "2026-11-30"));

        var intake = await _plugin.IntakeAsync(_dossierId);
        var uitkomst = await UitkomstAsync();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(intake!.LeerbaarheidstoetsAfname, Is.EqualTo(LeerbaarheidstoetsAfname.VrijstellingVisueleBeperking));
        Assert.That(intake.LeerbaarheidstoetsScore, Is.Null);
        Assert.That(intake.LeerbaarheidstoetsDatum, Is.Null);
        Assert.That(intake.LeerbaarheidstoetsCesuur, Is.Null);
        Assert.That(uitkomst!.AdviesLeerroute, Is.Null);
    }

    [TestCase("2026-12-05", "leerbaarheidstoetsDatum", "De datum van de leerbaarheidstoets ligt in de toekomst. Vul de dag in waarop de toets is afgenomen, uiterlijk vandaag (4 december 2026).")]
    [TestCase("31-02-2026", "leerbaarheidstoetsDatum", "Vul Datum van de leerbaarheidstoets in als dd-mm-jjjj, bijvoorbeeld 04-12-2026.")]
    [TestCase(null, "leerbaarheidstoetsDatum", "Vul Datum van de leerbaarheidstoets in; dit veld is verplicht.")]
    public async Task Leerbaarheidstoets_InvalidDate_NamesField(string? datum, string key, string message)
    {
        var result = await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "leerbaarheidstoets", ("leerbaarheidstoets", "Afgenomen"), ("leerbaarheidstoetsScore", "30"), ("leerbaarheidstoetsDatum", datum));

        Assert.That(result.Errors.Select(e => (e.FieldKey, e.Message.Nl)), Is.EqualTo(new[] { (key, message) }));
        Assert.That(await _plugin.IntakeAsync(_dossierId), Is.Null);
    }

    [TestCase("41")]
    [TestCase("-1")]
    [TestCase("30,5")]
    [TestCase("dertig")]
    public async Task Leerbaarheidstoets_InvalidScore_NamesField(string score)
    {
        var result = await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "leerbaarheidstoets", ("leerbaarheidstoets", "Afgenomen"), ("leerbaarheidstoetsScore", score), ("leerbaarheidstoetsDatum", "2026-11-30"));

        Assert.That(result.Errors.Select(e => (e.FieldKey, e.Message.Nl)), Is.EqualTo(new[]
        {
            ("leerbaarheidstoetsScore", "Score van de leerbaarheidstoets moet een heel getal van 0 tot en met 40 zijn. Vul alleen cijfers in, bijvoorbeeld 40."),
        }));
    }

    [Test]
    public async Task Zelfredzaamheid_UnknownChoice_NamesField()
    {
        var result = await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "zelfredzaamheid", ("zelfredzaamheid", "Redelijk"));

        Assert.That(result.Errors.Select(e => (e.FieldKey, e.Message.Nl)), Is.EqualTo(new[] { ("zelfredzaamheid", "Kies Zelfredzaamheid uit de lijst.") }));
    }

    [Test]
    public async Task Tolk_NeededWithoutLanguage_NamesField()
    {
        var result = await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "tolk", ("tolkNodig", "true"), ("tolkTaal", " "));

        Assert.That(result.Errors.Select(e => (e.FieldKey, e.Message.Nl)), Is.EqualTo(new[] { ("tolkTaal", "Vul Taal van de tolk in; dit veld is verplicht.") }));
    }

    [Test]
    public async Task Tolk_NotNeeded_DropsLanguage()
    {
        await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "tolk", ("tolkNodig", "false"), ("tolkTaal", "Arabisch"));

        var intake = await _plugin.IntakeAsync(_dossierId);
        Assert.That(intake!.TolkNodig, Is.False);
        Assert.That(intake.TolkTaal, Is.Null);
    }

    [Test]
    public async Task Gezondheid_DiscussedWithoutText_NamesBothFields()
    {
        var result = await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "gezondheid", ("gezondheidNietBesproken", "false"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "gezondheidLichamelijk", "gezondheidPsychisch" }));
        Assert.That(result.Errors[0].Message.Nl, Is.EqualTo("Vul Lichamelijke gezondheid in, of kruis 'Gezondheid niet besproken' aan en geef de reden."));
    }

    [Test]
    public async Task Gezondheid_NotDiscussed_StoresReasonOnly()
    {
        var result = await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "gezondheid",
            ("gezondheidNietBesproken", "true"), ("gezondheidNietBesprokenReden", "Geen tijd in het eerste gesprek"), ("gezondheidLichamelijk", "Rugklachten"));

        var intake = await _plugin.IntakeAsync(_dossierId);
        Assert.That(result.Succeeded, Is.True);
        Assert.That(intake!.GezondheidNietBesproken, Is.True);
        Assert.That(intake.GezondheidNietBesprokenReden, Is.EqualTo("Geen tijd in het eerste gesprek"));
        Assert.That(intake.GezondheidLichamelijk, Is.Null);
    }

    [Test]
    public async Task Gezondheid_WithoutPermission_IsRejected()
    {
        _plugin.User.Granted = new HashSet<string> { "inburgering.intake.view", "inburgering.intake.edit" };

        var result = await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "gezondheid", ("gezondheidNietBesproken", "true"), ("gezondheidNietBesprokenReden", "Geen tijd"));

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "" }));
        Assert.That(await _plugin.IntakeAsync(_dossierId), Is.Null);
    }

    [Test]
    public async Task Gezondheid_Saved_NeverLogged()
    {
        await _plugin.SaveAllPartsAsync(_dossierId);
        await _plugin.LoadScreenAsync("inburgering.brede-intake", _dossierId);

        Assert.That(_plugin.Logs.Lines, Has.Some.Contains($"Saved part gezondheid of the brede intake of dossier {_dossierId}"));
        Assert.That(_plugin.Logs.Lines, Has.None.Contains("Rugklachten"));
        Assert.That(_plugin.Logs.Lines, Has.None.Contains("Slaapt slecht"));
    }

    [Test]
    public async Task FirstPart_Saved_MovesDossierToBredeIntake()
    {
        await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "ontwikkelwensen", ("ontwikkelwensen", "Verpleegkundige worden"));
        await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "zelfredzaamheid", ("zelfredzaamheid", "Zelfredzaam"));

        var dossier = (await _plugin.AllDossiersAsync()).Single();
        var wijzigingen = await StatusWijzigingenAsync();
        Assert.That(dossier.Status, Is.EqualTo(DossierStatus.BredeIntake));
        Assert.That(dossier.StatusSinds, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(wijzigingen, Has.Count.EqualTo(1));
        Assert.That(wijzigingen[0].VorigeStatus, Is.EqualTo(DossierStatus.Gekoppeld));
        Assert.That(wijzigingen[0].NieuweStatus, Is.EqualTo(DossierStatus.BredeIntake));
        Assert.That(wijzigingen[0].Op, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(wijzigingen[0].Door, Is.EqualTo(TestUser.Id));
        Assert.That(wijzigingen[0].Reden, Is.EqualTo("Brede intake gestart"));
    }

    [Test]
    public async Task Saves_AndRead_RecordedInProcessingLog()
    {
        await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "zelfredzaamheid", ("zelfredzaamheid", "Zelfredzaam"));
        await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "ontwikkelwensen", ("ontwikkelwensen", "Verpleegkundige worden"));
        await _plugin.LoadScreenAsync("inburgering.brede-intake", _dossierId);

        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.brede-intake", ProcessingOperation.Create, s_subject),
            new ProcessingRecord("inburgering.brede-intake", ProcessingOperation.Update, s_subject),
            new ProcessingRecord("inburgering.brede-intake", ProcessingOperation.Read, s_subject),
        }));
    }

    [Test]
    public async Task RejectedSave_RecordsNothing()
    {
        await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "zelfredzaamheid", ("zelfredzaamheid", null));

        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task Save_WithStaleVersion_ReturnsConflict()
    {
        var seen = await _plugin.IntakeVersionAsync(_dossierId);
        await _plugin.ExecuteVersionedAsync(IntakeSteps.Prefix + "ontwikkelwensen", _dossierId, seen, ("ontwikkelwensen", "Verpleegkundige worden"));

        var stale = await _plugin.ExecuteVersionedAsync(IntakeSteps.Prefix + "ontwikkelwensen", _dossierId, seen, ("ontwikkelwensen", "Kok worden"));

        Assert.That(stale.IsConflict, Is.True);
        Assert.That((await _plugin.IntakeAsync(_dossierId))!.Ontwikkelwensen, Is.EqualTo("Verpleegkundige worden"));
    }

    [Test]
    public async Task Save_OldVersion_ReturnsConflict()
    {
        await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "ontwikkelwensen", ("ontwikkelwensen", "Verpleegkundige worden"));
        var seen = await _plugin.IntakeVersionAsync(_dossierId);
        await _plugin.ExecuteVersionedAsync(IntakeSteps.Prefix + "gezin", _dossierId, seen, ("gezinssituatie", "Alleenstaand"), ("sociaalNetwerk", "Een neef"));

        var stale = await _plugin.ExecuteVersionedAsync(IntakeSteps.Prefix + "ontwikkelwensen", _dossierId, seen, ("ontwikkelwensen", "Kok worden"));

        Assert.That(stale.IsConflict, Is.True);
        Assert.That(stale.Message!.Nl, Is.EqualTo("Iemand anders heeft deze brede intake intussen gewijzigd; er is niets opgeslagen. Open de brede intake opnieuw en voer de wijziging nog eens door."));
        Assert.That((await _plugin.IntakeAsync(_dossierId))!.Ontwikkelwensen, Is.EqualTo("Verpleegkundige worden"));
    }

    [Test]
    public async Task Save_WithoutVersion_ReturnsConflict()
    {
        var result = await _plugin.ExecuteVersionedAsync(IntakeSteps.Prefix + "ontwikkelwensen", _dossierId, null, ("ontwikkelwensen", "Kok worden"));

        Assert.That(result.IsConflict, Is.True);
        Assert.That(await _plugin.IntakeAsync(_dossierId), Is.Null);
    }

    [Test]
    public async Task Save_RestrictedDossier_IsRejected()
    {
        await _plugin.ExecuteVersionedAsync("inburgering.beperk", _dossierId, await _plugin.DossierVersionAsync(_dossierId), ("beperkingReden", "Intrekking door DUO"));

        var result = await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "ontwikkelwensen", ("ontwikkelwensen", "Kok worden"));
        var screen = await _plugin.LoadScreenAsync("inburgering.brede-intake", _dossierId);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("De verwerking van dit dossier is beperkt (AVG artikel 18)"));
        Assert.That(await _plugin.IntakeAsync(_dossierId), Is.Null);
        Assert.That(screen!.IsRefused, Is.True);
    }

    [Test]
    public async Task Save_ClosedDossier_IsRejected()
    {
        await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "ontwikkelwensen", ("ontwikkelwensen", "Verpleegkundige worden"));
        await _plugin.ExecuteVersionedAsync("inburgering.sluit-af", _dossierId, await _plugin.DossierVersionAsync(_dossierId), ("afgeslotenOp", "2026-12-04"), ("afsluitReden", "VertrokkenNaarBuitenland"));

        var result = await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "ontwikkelwensen", ("ontwikkelwensen", "Kok worden"));
        var screen = await _plugin.LoadScreenAsync("inburgering.brede-intake", _dossierId);

        Assert.That(result.Errors.Single().Message.Nl, Is.EqualTo("Dit dossier is afgesloten; de brede intake kan niet meer worden gewijzigd."));
        Assert.That((await _plugin.IntakeAsync(_dossierId))!.Ontwikkelwensen, Is.EqualTo("Verpleegkundige worden"));
        Assert.That(screen!.Actions, Is.Empty);
    }

    [Test]
    public async Task SecondPart_Saved_AddsNoStatusChange()
    {
        await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "ontwikkelwensen", ("ontwikkelwensen", "Verpleegkundige worden"));
        var dossierVersion = await _plugin.DossierVersionAsync(_dossierId);

        await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "tolk", ("tolkNodig", "false"));

        Assert.That(await StatusWijzigingenAsync(), Has.Count.EqualTo(1));
        Assert.That(await _plugin.DossierVersionAsync(_dossierId), Is.EqualTo(dossierVersion));
    }

    [Test]
    public async Task Leerroute_FollowingAdvice_KeepsNoReason()
    {
        await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "leerbaarheidstoets", ("leerbaarheidstoets", "Afgenomen"), ("leerbaarheidstoetsScore", "28"), ("leerbaarheidstoetsDatum", "2026-11-30"));

        var result = await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "leerroute", ("gekozenLeerroute", "B1Route"), ("afwijkingsreden", "Overbodig"));

        var uitkomst = await UitkomstAsync();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(uitkomst, Is.EqualTo(new BredeIntakeUitkomst(false, null, Leerroute.B1Route, Leerroute.B1Route, null)));
    }

    [Test]
    public async Task Leerroute_DeviatingWithoutReason_NamesAfwijkingsreden()
    {
        await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "leerbaarheidstoets", ("leerbaarheidstoets", "Afgenomen"), ("leerbaarheidstoetsScore", "27"), ("leerbaarheidstoetsDatum", "2026-11-30"));

        var result = await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "leerroute", ("gekozenLeerroute", "B1Route"));

        Assert.That(result.Errors.Select(e => (e.FieldKey, e.Message.Nl)), Is.EqualTo(new[]
        {
            ("afwijkingsreden", "Vul de afwijkingsreden in: de gekozen leerroute (B1-route) wijkt af van het advies uit de leerbaarheidstoets (Z-route (zelfredzaamheidsroute))."),
        }));
        Assert.That((await _plugin.IntakeAsync(_dossierId))!.GekozenLeerroute, Is.Null);
    }

    [Test]
    public async Task Leerroute_DeviatingWithReason_RecordsReason()
    {
        await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "leerbaarheidstoets", ("leerbaarheidstoets", "Afgenomen"), ("leerbaarheidstoetsScore", "27"), ("leerbaarheidstoetsDatum", "2026-11-30"));

        await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "leerroute", ("gekozenLeerroute", "B1Route"), ("afwijkingsreden", "Proefles op de taalschool ging goed"));

        Assert.That(await UitkomstAsync(), Is.EqualTo(new BredeIntakeUitkomst(false, null, Leerroute.ZRoute, Leerroute.B1Route, "Proefles op de taalschool ging goed")));
    }

    [Test]
    public async Task Leerroute_AfterVrijstellingWithoutReason_NamesAfwijkingsreden()
    {
        await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "leerbaarheidstoets", ("leerbaarheidstoets", "VrijstellingAuditieveBeperking"));

        var result = await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "leerroute", ("gekozenLeerroute", "ZRoute"));

        Assert.That(result.Errors.Select(e => (e.FieldKey, e.Message.Nl)), Is.EqualTo(new[]
        {
            ("afwijkingsreden", "Vul de afwijkingsreden in: er is geen advies uit de leerbaarheidstoets (vrijstelling of nog geen toets), dus leg uit waarom u deze leerroute kiest."),
        }));
    }

    [Test]
    public async Task Afronden_MissingParts_ListsThem()
    {
        await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "zelfredzaamheid", ("zelfredzaamheid", "Zelfredzaam"));
        await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "ontwikkelwensen", ("ontwikkelwensen", "Kok worden"));

        var result = await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "afronden");

        Assert.That(result.Errors.Select(e => e.FieldKey).Distinct(), Is.EqualTo(new[] { "" }));
        Assert.That(result.Errors.Select(e => e.Message.Nl), Is.EqualTo(new[]
        {
            "Het onderdeel Huidig niveau Nederlands is nog niet ingevuld.",
            "Het onderdeel Leerbaarheidstoets is nog niet ingevuld.",
            "Het onderdeel Opleiding en werkervaring in het land van herkomst is nog niet ingevuld.",
            "Het onderdeel Gezondheid, lichamelijk en psychisch is nog niet ingevuld.",
            "Het onderdeel Gezinssituatie en sociaal netwerk is nog niet ingevuld.",
            "Het onderdeel VVE: mogelijkheden voor jonge kinderen is nog niet ingevuld.",
            "Het onderdeel Mogelijkheden voor werk en participatie is nog niet ingevuld.",
            "Het onderdeel Digitale vaardigheden is nog niet ingevuld.",
            "Het onderdeel Tolk is nog niet ingevuld.",
            "Er is nog geen leerroute gekozen. Kies de leerroute voor het PIP.",
        }));
        Assert.That((await _plugin.IntakeAsync(_dossierId))!.AfgerondOp, Is.Null);
    }

    [Test]
    public async Task Afronden_WithoutIntake_SavesNothing()
    {
        var result = await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "afronden");

        Assert.That(result.Errors, Has.Count.EqualTo(12));
        Assert.That(await _plugin.IntakeAsync(_dossierId), Is.Null);
        Assert.That((await _plugin.AllDossiersAsync()).Single().Status, Is.EqualTo(DossierStatus.Gekoppeld));
    }

    [Test]
    public async Task Afronden_Complete_CompletesAndMakesReadOnly()
    {
        await _plugin.SaveAllPartsAsync(_dossierId);
        await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "leerroute", ("gekozenLeerroute", "B1Route"));
        _plugin.ProcessingLog.Clear();

        var result = await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "afronden");
        var later = await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "ontwikkelwensen", ("ontwikkelwensen", "Kok worden"));
        var screen = await _plugin.LoadScreenAsync("inburgering.brede-intake", _dossierId);

        var intake = await _plugin.IntakeAsync(_dossierId);
        Assert.That(result.Succeeded, Is.True);
        Assert.That(intake!.AfgerondOp, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(intake.AfgerondDoor, Is.EqualTo(TestUser.Id));
        Assert.That(intake.Ontwikkelwensen, Is.EqualTo("Een eigen kapsalon"));
        Assert.That(later.Succeeded, Is.False);
        Assert.That(later.Errors.Single().Message.Nl, Is.EqualTo("De brede intake is afgerond op 4-12-2026 en kan niet meer worden gewijzigd, omdat het PIP erop voortbouwt."));
        Assert.That(screen!.Actions, Is.Empty);
        Assert.That(screen.Sections[0].Elements[0], Is.EqualTo(new TextElement(new LocalizedText(
            "De brede intake is afgerond op 4-12-2026. Ze is alleen nog te lezen, omdat het PIP erop voortbouwt.",
            "The broad intake was completed on 4-12-2026. It is read-only now, because the PIP builds on it."))));
        Assert.That(await UitkomstAsync(), Is.EqualTo(new BredeIntakeUitkomst(true, new DateOnly(2026, 12, 4), Leerroute.B1Route, Leerroute.B1Route, null)));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.brede-intake", ProcessingOperation.Update, s_subject),
            new ProcessingRecord("inburgering.brede-intake", ProcessingOperation.Read, s_subject),
        }));
    }

    [Test]
    public async Task Uitkomst_WithoutIntake_IsNull()
    {
        Assert.That(await UitkomstAsync(), Is.Null);
    }

    private static object? Value(ScreenContent screen, string key) =>
        screen.Sections.SelectMany(s => s.Elements).OfType<FieldElement>().Single(f => f.Field.Key == key).Value;

    private async Task<BredeIntakeUitkomst?> UitkomstAsync()
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BredeIntakeUitkomstQuery>().FindAsync(Guid.Parse(_dossierId), CancellationToken.None);
    }

    private async Task<List<DossierStatusWijziging>> StatusWijzigingenAsync()
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        return await db.StatusWijzigingen.IgnoreQueryFilters().AsNoTracking().ToListAsync();
    }
}
