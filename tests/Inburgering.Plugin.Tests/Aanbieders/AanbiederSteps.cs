using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Tests.Aanbieders;

/// <summary>Steps the aanbieder and portal tests share: aanbieders and aanmeldingen stored directly in a gemeente.</summary>
internal static class AanbiederSteps
{
    /// <summary>Stores an aanbieder in the current gemeente and returns it.</summary>
    public static async Task<Aanbieder> AddAanbiederAsync(
        PluginHarness plugin,
        string naam,
        string kvk,
        string? vestigingsnummer = null,
        bool actief = true,
        bool keurmerk = true)
    {
        var aanbieder = new Aanbieder
        {
            Id = Guid.CreateVersion7(),
            Gemeente = plugin.Tenant.Current!.Value.Value,
            Naam = naam,
            KvkNummer = kvk,
            Vestigingsnummer = vestigingsnummer,
            Keurmerk = keurmerk,
            Actief = actief,
            GeregistreerdOp = plugin.Clock.GetUtcNow(),
            GeregistreerdDoor = "beheerder-1",
        };

        await WithDbAsync(plugin, async db =>
        {
            db.Aanbieders.Add(aanbieder);
            await db.SaveChangesAsync();
        });

        return aanbieder;
    }

    /// <summary>Stores an aanmelding of the dossier at the aanbieder in the current gemeente and returns it.</summary>
    public static async Task<Aanmelding> AddAanmeldingAsync(
        PluginHarness plugin,
        Guid dossierId,
        Guid aanbiederId,
        Cursusonderdeel onderdeel = Cursusonderdeel.Taal,
        DateOnly? startdatum = null,
        DateOnly? einddatum = null)
    {
        var aanmelding = new Aanmelding
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossierId,
            AanbiederId = aanbiederId,
            Gemeente = plugin.Tenant.Current!.Value.Value,
            Onderdeel = onderdeel,
            Startdatum = startdatum ?? new DateOnly(2026, 11, 23),
            Einddatum = einddatum,
            AangemeldOp = plugin.Clock.GetUtcNow(),
            AangemeldDoor = "consulent-1",
        };

        await WithDbAsync(plugin, async db =>
        {
            db.Aanmeldingen.Add(aanmelding);
            await db.SaveChangesAsync();
        });

        return aanmelding;
    }

    /// <summary>Returns the aanmeldingen of every gemeente, bypassing the gemeente filter.</summary>
    public static async Task<List<Aanmelding>> AllAanmeldingenAsync(PluginHarness plugin)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        return await db.Aanmeldingen.IgnoreQueryFilters().AsNoTracking().OrderBy(a => a.Startdatum).ThenBy(a => a.Id).ToListAsync();
    }

    /// <summary>Returns the aanbieders of every gemeente, bypassing the gemeente filter.</summary>
    public static async Task<List<Aanbieder>> AllAanbiedersAsync(PluginHarness plugin)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        return await db.Aanbieders.IgnoreQueryFilters().AsNoTracking().OrderBy(a => a.Naam).ToListAsync();
    }

    /// <summary>Runs <paramref name="work"/> on a database context of the current gemeente.</summary>
    public static async Task WithDbAsync(PluginHarness plugin, Func<InburgeringDbContext, Task> work)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<InburgeringDbContext>());
    }

    /// <summary>Returns the aanbieders the current user acts for, as a fresh request sees them.</summary>
    public static async Task<IReadOnlyList<Aanbieder>> EigenAanbiedersAsync(PluginHarness plugin)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAanbiederToegang>().EigenAanbiedersAsync(CancellationToken.None);
    }
}
