using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Intake = Inburgering.Plugin.BredeIntake.BredeIntake;

namespace Inburgering.Plugin.Tests.BredeIntake;

/// <summary>Valid forms for every part of the brede intake, and steps that save them as a consulent does.</summary>
internal static class IntakeSteps
{
    public const string Prefix = "inburgering.brede-intake.";

    /// <summary>A valid form per part: the action id and its values.</summary>
    public static IReadOnlyList<(string ActionId, (string Key, string? Value)[] Values)> Forms { get; } =
    [
        (Prefix + "zelfredzaamheid", [("zelfredzaamheid", "GedeeltelijkZelfredzaam"), ("zelfredzaamheidToelichting", "Doet boodschappen zelf, post met hulp")]),
        (Prefix + "niveau-nederlands", [("niveauNederlands", "A1"), ("alfabetiseringNodig", "true")]),
        (Prefix + "leerbaarheidstoets", [("leerbaarheidstoets", "Afgenomen"), ("leerbaarheidstoetsScore", "30"), ("leerbaarheidstoetsDatum", "2026-11-30")]),
        (Prefix + "opleiding-werkervaring", [("opleidingHerkomstland", "Middelbare school, zes jaar"), ("werkervaringHerkomstland", "Kapper, vier jaar")]),
        (Prefix + "gezondheid", [("gezondheidNietBesproken", "false"), ("gezondheidLichamelijk", "Rugklachten bij lang staan"), ("gezondheidPsychisch", "Slaapt slecht sinds de vlucht")]),
        (Prefix + "gezin", [("gezinssituatie", "Gehuwd, twee kinderen"), ("sociaalNetwerk", "Buren en een sportclub")]),
        (Prefix + "vve", [("aantalKinderenJongerDanVier", "1"), ("vveToelichting", "Peuteropvang in de wijk")]),
        (Prefix + "werk-participatie", [("werknemersvaardigheden", "Komt op tijd"), ("werkervaring", "Kapper"), ("praktischeCompetenties", "Knippen en verven")]),
        (Prefix + "digitale-vaardigheden", [("digitaleVaardigheden", "Basis"), ("digitaleVaardighedenToelichting", "Heeft nog geen DigiD")]),
        (Prefix + "ontwikkelwensen", [("ontwikkelwensen", "Een eigen kapsalon")]),
        (Prefix + "tolk", [("tolkNodig", "true"), ("tolkTaal", "Tigrinya")]),
    ];

    /// <summary>Returns the stored intake of a dossier, bypassing the gemeente filter, or <see langword="null"/>.</summary>
    public static async Task<Intake?> IntakeAsync(this PluginHarness plugin, string dossierId)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();

        return await db.BredeIntakes.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(i => i.DossierId == Guid.Parse(dossierId));
    }

    /// <summary>Returns the version of a dossier's intake as the screen shows it: <c>nieuw</c> before the first save.</summary>
    public static async Task<string> IntakeVersionAsync(this PluginHarness plugin, string dossierId) =>
        (await plugin.IntakeAsync(dossierId))?.ConcurrencyStamp.ToString("N") ?? "nieuw";

    /// <summary>Saves one part with the current version.</summary>
    public static async Task<ActionResult> SaveAsync(this PluginHarness plugin, string dossierId, string actionId, params (string Key, string? Value)[] values) =>
        await plugin.ExecuteVersionedAsync(actionId, dossierId, await plugin.IntakeVersionAsync(dossierId), values);

    /// <summary>Saves every part with its valid form, and fails the test when one is rejected.</summary>
    public static async Task SaveAllPartsAsync(this PluginHarness plugin, string dossierId)
    {
        foreach (var (actionId, values) in Forms)
        {
            var result = await plugin.SaveAsync(dossierId, actionId, values);
            Assert.That(result.Succeeded, Is.True, $"{actionId}: {string.Join(" ", result.Errors.Select(e => e.Message.Nl))}");
        }
    }
}
