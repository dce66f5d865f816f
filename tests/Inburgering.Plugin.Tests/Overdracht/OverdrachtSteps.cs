using Host.Abstractions;
using Inburgering.Plugin.Overdracht;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Uren;
using Inburgering.Plugin.Voortgang;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Inburgering.Plugin.Tests.Pip.PipTestSteps;

namespace Inburgering.Plugin.Tests.Overdracht;

/// <summary>Steps the overdracht tests share: a dossier worth handing over in 0599, and each action at the version a user saw.</summary>
internal static class OverdrachtSteps
{
    /// <summary>The third demo gemeente of the tests, which is neither sender nor receiver.</summary>
    public static readonly GemeenteCode Utrecht = GemeenteCode.Parse("0344");

    /// <summary>
    /// Registers 999993653 in 0599 with a finished intake that contains health notes, a first PIP in the B1-route with
    /// dagtekening 3 December 2026, 120 hours of NT2 in person with keurmerk and 40 of KNM without, and a passed reading exam.
    /// </summary>
    public static async Task<string> DossierMetPipAsync(PluginHarness plugin)
    {
        plugin.Tenant.Current = PluginHarness.Rotterdam;
        var dossierId = await DossierInBredeIntakeAsync(plugin);
        await using (var scope = plugin.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
            var intake = await db.BredeIntakes.SingleAsync(i => i.DossierId == Guid.Parse(dossierId));
            intake.GezondheidLichamelijk = "Rugklachten bij lang staan";
            intake.GezondheidPsychisch = "Slaapt slecht";
            db.Examenresultaten.Add(new Examenresultaat
            {
                Id = Guid.CreateVersion7(),
                DossierId = Guid.Parse(dossierId),
                Gemeente = "0599",
                Onderdeel = Examenonderdeel.Lezen,
                Examendatum = new DateOnly(2026, 11, 25),
                Niveau = Taalniveau.B1,
                Resultaat = ExamenUitkomst.Behaald,
                Score = 7.5m,
                GeregistreerdOp = plugin.Clock.GetUtcNow(),
                GeregistreerdDoor = "medewerker-17",
            });
            await db.SaveChangesAsync();
        }

        await EerstePipAsync(plugin, dossierId, "2026-12-03", "B1Route", "B1");
        await AddUrenAsync(plugin, dossierId, UrenSoort.Nt2Fysiek, 120m, metKeurmerk: true);
        await AddUrenAsync(plugin, dossierId, UrenSoort.Knm, 40m, metKeurmerk: false);
        plugin.ProcessingLog.Clear();
        return dossierId;
    }

    /// <summary>Runs "overdracht voorbereiden" on the dossier in 0599 and returns the result.</summary>
    public static async Task<ActionResult> VoorbereidenAsync(PluginHarness plugin, string dossierId, string ontvanger = "0518", string? gezondheidReden = null)
    {
        plugin.Tenant.Current = PluginHarness.Rotterdam;
        return await plugin.ExecuteVersionedAsync(
            "inburgering.overdracht-voorbereiden",
            dossierId,
            await plugin.DossierVersionAsync(dossierId),
            ("ontvangerGemeente", ontvanger),
            ("verhuisdatum", "04-12-2026"),
            ("gezondheidMeesturen", gezondheidReden is null ? "false" : "true"),
            ("gezondheidReden", gezondheidReden));
    }

    /// <summary>Prepares and sends the overdracht of the dossier from 0599 to 0518; returns the overdracht id.</summary>
    public static async Task<string> VerzondenAsync(PluginHarness plugin, string dossierId, string? gezondheidReden = null)
    {
        var voorbereid = await VoorbereidenAsync(plugin, dossierId, gezondheidReden: gezondheidReden);
        Assert.That(voorbereid.Errors, Is.Empty);
        var overdrachtId = voorbereid.NavigateTo!.RecordId!;

        var verzonden = await RunAsync(plugin, PluginHarness.Rotterdam, "inburgering.overdracht-verzenden", overdrachtId);
        Assert.That(verzonden.Errors, Is.Empty);
        return overdrachtId;
    }

    /// <summary>Runs an overdracht action as <paramref name="gemeente"/>, at the version its screen shows.</summary>
    public static async Task<ActionResult> RunAsync(PluginHarness plugin, GemeenteCode gemeente, string actionId, string overdrachtId, params (string Key, string? Value)[] values)
    {
        plugin.Tenant.Current = gemeente;
        var version = await VersionAsync(plugin, overdrachtId);
        return await plugin.ExecuteVersionedAsync(actionId, overdrachtId, version, values);
    }

    /// <summary>Returns the stored version of an overdracht, bypassing the filters, or <c>onbekend</c> when there is none.</summary>
    public static async Task<string> VersionAsync(PluginHarness plugin, string overdrachtId)
    {
        var overdracht = (await AllOverdrachtenAsync(plugin)).SingleOrDefault(o => o.Id == Guid.Parse(overdrachtId));
        return overdracht is null ? "onbekend" : OverdrachtEdit.VersionOf(overdracht);
    }

    /// <summary>Returns the overdrachten of every gemeente, bypassing the filter.</summary>
    public static async Task<List<Plugin.Overdracht.Overdracht>> AllOverdrachtenAsync(PluginHarness plugin)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        return await db.Overdrachten.IgnoreQueryFilters().AsNoTracking().ToListAsync();
    }

    /// <summary>Runs <paramref name="work"/> on a database context of the current gemeente.</summary>
    public static async Task<T> WithDbAsync<T>(PluginHarness plugin, Func<InburgeringDbContext, Task<T>> work)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<InburgeringDbContext>());
    }

    /// <summary>Returns the value of the field <paramref name="key"/> on the screen.</summary>
    public static object? Field(ScreenContent screen, string key) =>
        screen.Sections.SelectMany(s => s.Elements).OfType<FieldElement>().Single(f => f.Field.Key == key).Value;
}
