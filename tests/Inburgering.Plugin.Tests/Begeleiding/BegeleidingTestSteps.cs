using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Tests.Begeleiding;

/// <summary>Steps the begeleiding tests share: register a dossier and give it a first PIP.</summary>
internal static class BegeleidingTestSteps
{
    /// <summary>Registers 999993653 with <paramref name="doelgroep"/> and returns the dossier id.</summary>
    public static async Task<string> RegisterAsync(PluginHarness plugin, string doelgroep = "Asielstatushouder")
    {
        var registered = await plugin.RegisterAsync("999993653", doelgroep: doelgroep, koppeldatum: "2026-11-20");
        Assert.That(registered.Succeeded, Is.True, "registration");
        plugin.ProcessingLog.Clear();
        return registered.NavigateTo!.RecordId!;
    }

    /// <summary>Records the dagtekening of the first PIP, as the PIP area does when it adopts one.</summary>
    public static async Task SetDagtekeningEerstePipAsync(PluginHarness plugin, string dossierId, DateOnly dagtekening)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        var dossier = await db.Dossiers.SingleAsync(d => d.Id == Guid.Parse(dossierId));

        dossier.LegDagtekeningEerstePipVast(dagtekening);
        await db.SaveChangesAsync();
    }
}
