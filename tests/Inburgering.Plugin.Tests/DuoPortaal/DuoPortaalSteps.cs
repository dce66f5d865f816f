using Inburgering.Plugin.DuoPortaal;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Tests.DuoPortaal;

/// <summary>Steps the worklist tests share: reading the items and marking one done.</summary>
internal static class DuoPortaalSteps
{
    /// <summary>Returns the worklist items of every gemeente, bypassing the gemeente filter, in the order they were added.</summary>
    public static async Task<List<DuoRegistratie>> AllRegistratiesAsync(this PluginHarness plugin)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();

        return await db.DuoRegistraties.IgnoreQueryFilters().AsNoTracking().OrderBy(r => r.AangemaaktOp).ThenBy(r => r.Id).ToListAsync();
    }

    public static Task<Host.Abstractions.ActionResult> AfvinkenAsync(this PluginHarness plugin, Guid registratieId, string? geregistreerdOp, string? toelichting = null) =>
        plugin.ExecuteAsync("inburgering.duo-registratie-afvinken", registratieId.ToString(), ("geregistreerdOp", geregistreerdOp), ("toelichting", toelichting));
}
