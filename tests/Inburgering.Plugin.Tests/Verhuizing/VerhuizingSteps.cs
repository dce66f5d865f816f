using Host.Abstractions;
using Inburgering.Plugin.Meldingen;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VerhuizingEntity = Inburgering.Plugin.Verhuizing.Verhuizing;

namespace Inburgering.Plugin.Tests.Verhuizing;

/// <summary>Steps shared by the tests of move detection.</summary>
internal static class VerhuizingSteps
{
    /// <summary>Suzanne Moulin (999993653) as the BRP returns her after she registered in 's-Gravenhage on 1 December 2026.</summary>
    public static BrpPersoon SuzanneInDenHaag { get; } = BrpTestPersons.SuzanneMoulin with
    {
        GemeenteVanInschrijving = new BrpGemeente("0518", "'s-Gravenhage"),
        DatumInschrijvingInGemeente = PartialDate.FromDate(new DateOnly(2026, 12, 1)),
    };

    public static async Task<List<VerhuizingEntity>> AllVerhuizingenAsync(this PluginHarness plugin)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();

        return await db.Verhuizingen.IgnoreQueryFilters().AsNoTracking().OrderBy(v => v.Id).ToListAsync();
    }

    /// <summary>Returns the notifications of detected moves in every gemeente; registering a dossier publishes others.</summary>
    public static async Task<List<Melding>> VerhuizingMeldingenAsync(this PluginHarness plugin)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();

        return await db.Meldingen.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.Type == MeldingTypen.VerhuizingGesignaleerd)
            .OrderBy(m => m.Tijd)
            .ToListAsync();
    }

    /// <summary>Delivers <paramref name="hostEvent"/> to the plugin's handlers as the host does, in a scope of its own.</summary>
    public static async Task RaiseAsync(this PluginHarness plugin, ClientAddressChanged hostEvent)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        foreach (var handler in scope.ServiceProvider.GetServices<IHostEventHandler<ClientAddressChanged>>())
        {
            await handler.HandleAsync(hostEvent, CancellationToken.None);
        }
    }
}
