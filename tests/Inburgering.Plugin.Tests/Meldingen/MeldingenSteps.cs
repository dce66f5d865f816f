using System.Text.RegularExpressions;
using Host.Abstractions;
using Inburgering.Plugin.Meldingen;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Tests.Meldingen;

/// <summary>The steps the notification tests share: add a subscription, publish, deliver and read the outbox.</summary>
internal static partial class MeldingenSteps
{
    /// <summary>Adds a subscription for <paramref name="ontvanger"/> in the current gemeente and gives the receiver its secret.</summary>
    public static async Task<Guid> VoegAbonnementToeAsync(PluginHarness plugin, WebhookOntvanger ontvanger, string? typen = null)
    {
        var result = await plugin.ExecuteAsync(
            AbonnementToevoegenAction.ActionId, null, ("naam", "Zaaksysteem"), ("url", ontvanger.Url), ("typen", typen));
        Assert.That(result.Succeeded, Is.True, () => string.Join("; ", result.Errors.Select(e => e.Message.En)));

        ontvanger.Geheim = GeheimPattern().Match(result.Message!.En).Value;
        return Guid.Parse(result.NavigateTo!.RecordId!);
    }

    /// <summary>Publishes one notification in the current gemeente and saves it, as a flow does with its change.</summary>
    public static async Task<Guid> PubliceerAsync(PluginHarness plugin, string type, string subject, IReadOnlyDictionary<string, string?>? data = null)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var meldingen = scope.ServiceProvider.GetRequiredService<IMeldingen>();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();

        var id = meldingen.Publiceer(type, subject, data);
        await db.SaveChangesAsync();
        return id;
    }

    public static Task<JobResult> BezorgAsync(PluginHarness plugin) => plugin.RunJobAsync(MeldingenBezorgenJob.JobId);

    /// <summary>Returns the outbox of every gemeente, oldest first.</summary>
    public static async Task<List<Melding>> MeldingenAsync(PluginHarness plugin)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();

        return await db.Meldingen.IgnoreQueryFilters().AsNoTracking().OrderBy(m => m.Tijd).ToListAsync();
    }

    /// <summary>Returns the deliveries of every gemeente, oldest notification first.</summary>
    public static async Task<List<MeldingAflevering>> AfleveringenAsync(PluginHarness plugin)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();

        return await db.MeldingAfleveringen.IgnoreQueryFilters().AsNoTracking().OrderBy(a => a.Tijd).ToListAsync();
    }

    public static async Task<Abonnement> AbonnementAsync(PluginHarness plugin, Guid id)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();

        return await db.Abonnementen.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == id);
    }

    [GeneratedRegex(@"whsec_[A-Za-z0-9+/=]+")]
    private static partial Regex GeheimPattern();
}
