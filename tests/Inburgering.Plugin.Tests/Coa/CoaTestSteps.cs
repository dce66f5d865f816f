using System.Text;
using Host.Abstractions;
using Inburgering.Plugin.Coa;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Tests.Coa;

/// <summary>Steps the COA tests share: register a dossier, fill in the form, import a file and read the stored versions.</summary>
internal static class CoaTestSteps
{
    /// <summary>The header of a file with every column, separated by <c>;</c>.</summary>
    public static string Kop { get; } = string.Join(';', CoaKolommen.Alle);

    /// <summary>Registers <paramref name="bsn"/> with <paramref name="doelgroep"/> in the current gemeente and returns the dossier id.</summary>
    public static async Task<string> RegisterAsync(PluginHarness plugin, string doelgroep = "Asielstatushouder", string bsn = "999993653")
    {
        var registered = await plugin.RegisterAsync(bsn, doelgroep: doelgroep, koppeldatum: "2026-11-20");
        Assert.That(registered.Succeeded, Is.True, "registration");
        plugin.ProcessingLog.Clear();
        return registered.NavigateTo!.RecordId!;
    }

    /// <summary>Returns a complete, valid form, with <paramref name="wijzigingen"/> in place of the values of their keys.</summary>
    public static (string Key, string? Value)[] Formulier(params (string Key, string? Value)[] wijzigingen)
    {
        var waarden = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["coaFormulierdatum"] = "2026-11-16",
            ["coaRegievoerderNaam"] = "Regievoerder COA",
            ["coaRegievoerderTelefoon"] = "088-7152000",
            ["coaRegievoerderEmail"] = "regievoerder@coa.example",
            ["coaAzcNaam"] = "AZC Budel-Cranendonck",
            ["coaAzcAdres"] = "Voorbeeldweg 1, 1234 AB Voorbeeld",
            ["coaAzcTelefoon"] = "06-12345678",
            ["coaAzcEmail"] = "bewoner@example.nl",
            ["coaDigidAangevraagd"] = "Ja",
            ["coaDigidAangevraagdOp"] = "2026-11-10",
            ["coaRijbewijs"] = "Ja",
            ["coaRijbewijsUitgifteStaat"] = "Syrië",
            ["coaToestemmingVoorinburgering"] = "Ja",
            ["coaToestemmingVoorinburgeringOp"] = "2026-10-01",
            ["coaHuisvestingsdatum"] = null,
            ["coaStartScenario"] = "StartVoorHuisvesting",
            ["coaBijzonderheden"] = "Tolk Arabisch nodig bij gesprekken.",
        };

        foreach (var (key, value) in wijzigingen)
        {
            waarden[key] = value;
        }

        return [.. waarden.Select(w => (w.Key, w.Value))];
    }

    /// <summary>Runs the COA action on the dossier's current version.</summary>
    public static async Task<ActionResult> BijwerkenAsync(PluginHarness plugin, string dossierId, params (string Key, string? Value)[] values) =>
        await plugin.ExecuteVersionedAsync("inburgering.coa-bijwerken", dossierId, await plugin.DossierVersionAsync(dossierId), values);

    /// <summary>Runs the import action with <paramref name="bytes"/> as the uploaded file.</summary>
    public static async Task<ActionResult> ImporteerAsync(PluginHarness plugin, byte[] bytes, string? modus = null)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetServices<IActionHandler>().Single(h => h.Definition.Id == "inburgering.coa-importeren");

        var files = new Dictionary<string, ActionFile>
        {
            ["bestand"] = new ActionFile("coa.csv", "text/csv", bytes.Length, () => new MemoryStream(bytes, writable: false)),
        };
        var request = new ActionRequest(null, new Dictionary<string, string?> { ["modus"] = modus }) { Files = files };
        return await handler.ExecuteAsync(request, CancellationToken.None);
    }

    /// <summary>Returns the UTF-8 bytes of the lines, joined with line breaks.</summary>
    public static byte[] Csv(params string[] regels) => Encoding.UTF8.GetBytes(string.Join("\r\n", regels));

    /// <summary>Returns a data row for every column with valid values, with <paramref name="wijzigingen"/> in place of the values of their columns.</summary>
    public static string Regel(params (string Kolom, string Waarde)[] wijzigingen) => Regel("999993653", wijzigingen);

    /// <summary>Returns a data row for <paramref name="bsn"/>, with <paramref name="wijzigingen"/> in place of the values of their columns.</summary>
    public static string Regel(string bsn, params (string Kolom, string Waarde)[] wijzigingen)
    {
        var waarden = CoaSjabloonDownload.Voorbeeld.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        waarden[CoaKolommen.Bsn] = bsn;
        waarden[CoaKolommen.VNummer] = string.Empty;
        waarden["bijzonderheden"] = "Tolk Arabisch nodig bij gesprekken.";
        foreach (var (kolom, waarde) in wijzigingen)
        {
            waarden[kolom] = waarde;
        }

        return string.Join(';', CoaKolommen.Alle.Select(k => waarden[k]));
    }

    /// <summary>Returns the stored versions of every gemeente, bypassing the gemeente filter, oldest first.</summary>
    public static async Task<List<CoaInformatieVersie>> VersiesAsync(PluginHarness plugin)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        return await db.CoaInformatieVersies.IgnoreQueryFilters().AsNoTracking().OrderBy(v => v.DossierId).ThenBy(v => v.Versie).ToListAsync();
    }

    /// <summary>Returns the current COA information of every gemeente, bypassing the gemeente filter.</summary>
    public static async Task<List<CoaInformatie>> HuidigAsync(PluginHarness plugin)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        return await db.CoaInformatie.IgnoreQueryFilters().AsNoTracking().ToListAsync();
    }

    /// <summary>Returns the values of the field elements of <paramref name="section"/> by field key.</summary>
    public static Dictionary<string, object?> Values(ScreenSection section) =>
        section.Elements.OfType<FieldElement>().ToDictionary(e => e.Field.Key, e => e.Value);
}
