using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Uren;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Intake = Inburgering.Plugin.BredeIntake.BredeIntake;

namespace Inburgering.Plugin.Tests.Pip;

/// <summary>Steps the PIP tests share: a dossier in the brede intake, the PIP actions with valid forms, and direct reads.</summary>
internal static class PipTestSteps
{
    public const string TestBsn = "999993653";

    /// <summary>Registers the test person (koppeldatum 20 November 2026) and puts the dossier in the brede intake.</summary>
    public static async Task<string> DossierInBredeIntakeAsync(PluginHarness plugin, DateOnly? duoKennisgevingOp = null)
    {
        var registered = await plugin.RegisterAsync(TestBsn, koppeldatum: "2026-11-20");
        var dossierId = registered.NavigateTo!.RecordId!;

        await UpdateDossierAsync(plugin, dossierId, dossier =>
        {
            dossier.Status = DossierStatus.BredeIntake;
            dossier.DuoKennisgevingOp = duoKennisgevingOp;
        });
        await AddCompletedIntakeAsync(plugin, dossierId, afgerondOp: new DateOnly(2026, 11, 20));

        plugin.ProcessingLog.Clear();
        return dossierId;
    }

    /// <summary>Sets the leerroute the stored brede intake chose, which the first PIP must name.</summary>
    public static async Task ChooseIntakeLeerrouteAsync(PluginHarness plugin, string dossierId, Leerroute leerroute)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        var intake = await db.BredeIntakes.SingleAsync(i => i.DossierId == Guid.Parse(dossierId));

        intake.GekozenLeerroute = leerroute;
        await db.SaveChangesAsync();
    }

    /// <summary>Stores a brede intake completed on <paramref name="afgerondOp"/> with the B1-route chosen, as the intake's own tests build it.</summary>
    public static async Task AddCompletedIntakeAsync(PluginHarness plugin, string dossierId, DateOnly afgerondOp)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();

        db.BredeIntakes.Add(new Intake
        {
            DossierId = Guid.Parse(dossierId),
            Gemeente = plugin.Tenant.Current!.Value.Value,
            GekozenLeerroute = Leerroute.B1Route,
            GestartOp = afgerondOp,
            AfgerondOp = afgerondOp,
            AfgerondDoor = "medewerker-17",
            ConcurrencyStamp = Guid.NewGuid(),
        });
        await db.SaveChangesAsync();
    }

    public static async Task UpdateDossierAsync(PluginHarness plugin, string dossierId, Action<Dossier> change)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        var dossier = await db.Dossiers.SingleAsync(d => d.Id == Guid.Parse(dossierId));

        change(dossier);
        await db.SaveChangesAsync();
    }

    public static async Task AddUrenAsync(PluginHarness plugin, string dossierId, UrenSoort soort, decimal uren, bool metKeurmerk = true)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();

        db.Urenregels.Add(new Urenregel
        {
            Id = Guid.CreateVersion7(),
            DossierId = Guid.Parse(dossierId),
            Gemeente = plugin.Tenant.Current!.Value.Value,
            Soort = soort,
            PeriodeVan = new DateOnly(2026, 1, 1),
            PeriodeTot = new DateOnly(2026, 11, 30),
            Uren = uren,
            MetKeurmerk = metKeurmerk,
            GeregistreerdOp = plugin.Clock.GetUtcNow(),
            GeregistreerdDoor = "medewerker-17",
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Returns the PIP versions of every gemeente, bypassing the gemeente filter, in version order.</summary>
    public static async Task<List<PipVersie>> VersiesAsync(PluginHarness plugin)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();

        return await db.PipVersies.IgnoreQueryFilters().AsNoTracking().OrderBy(v => v.Versienummer).ToListAsync();
    }

    /// <summary>The values of a complete concept form for the B1-route at level B1.</summary>
    public static (string Key, string? Value)[] ConceptForm(string leerroute = "B1Route", string niveau = "B1") =>
    [
        ("leerroute", leerroute),
        ("niveau", niveau),
        ("ondersteuning", "Taalcoach één keer per week"),
        ("intensiteitPvt", "12 uur in 6 weken"),
        ("intensiteitMap", "40 uur praktijk"),
        ("knm", "KNM-lessen bij de taalschool"),
        ("ontzorgen", "true"),
        ("ontzorgenToelichting", "Huur, energie en zorgverzekering gedurende 6 maanden"),
        ("maatschappelijkeBegeleiding", "false"),
        ("vve", "Peuteropvang voor het jongste kind"),
        ("contactpersoonNaam", "Consulent Inburgering"),
        ("contactpersoonEmail", "inburgering@gemeente.example"),
    ];

    public static async Task<ActionResult> ConceptAsync(PluginHarness plugin, string dossierId, params (string Key, string? Value)[] form) =>
        await plugin.ExecuteVersionedAsync("inburgering.pip-concept", dossierId, await plugin.DossierVersionAsync(dossierId), form.Length == 0 ? ConceptForm() : form);

    public static async Task<ActionResult> VaststellenAsync(PluginHarness plugin, string dossierId, string dagtekening) =>
        await plugin.ExecuteVersionedAsync("inburgering.pip-vaststellen", dossierId, await plugin.DossierVersionAsync(dossierId), ("dagtekening", dagtekening));

    public static async Task<ActionResult> RunAsync(PluginHarness plugin, string actionId, string dossierId, params (string Key, string? Value)[] form) =>
        await plugin.ExecuteVersionedAsync(actionId, dossierId, await plugin.DossierVersionAsync(dossierId), form);

    /// <summary>Drafts and adopts the first PIP with <paramref name="dagtekening"/>; fails the test when either step fails.</summary>
    public static async Task EerstePipAsync(PluginHarness plugin, string dossierId, string dagtekening = "2026-12-03", string leerroute = "B1Route", string niveau = "B1")
    {
        await ChooseIntakeLeerrouteAsync(plugin, dossierId, Enum.Parse<Leerroute>(leerroute));
        var concept = await ConceptAsync(plugin, dossierId, ConceptForm(leerroute, niveau));
        Assert.That(concept.Errors, Is.Empty);

        var vastgesteld = await VaststellenAsync(plugin, dossierId, dagtekening);
        Assert.That(vastgesteld.Errors, Is.Empty);
    }
}
