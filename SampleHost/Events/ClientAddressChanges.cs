using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using SampleHost.Persistence;
using SampleHost.Plugins;
using SampleHost.Tenancy;

namespace SampleHost.Events;

/// <summary>
/// Raises <see cref="ClientAddressChanged"/> for every client of the host with a given BSN, in every gemeente of the
/// deployment, after the BRP recorded a new address. The old gemeente is the client's gemeente, so a move inside it
/// raises the event with the same gemeente twice.
/// </summary>
/// <remarks>
/// Each gemeente gets a scope of its own that acts for that gemeente as the user who recorded the change, so the
/// tenant filter finds its clients and the plugins' handlers work in the client's gemeente.
/// </remarks>
internal sealed class ClientAddressChanges(IServiceScopeFactory scopes, TenantDirectory tenants, ILogger<ClientAddressChanges> logger)
{
    /// <summary>Raises the event for each client with <paramref name="bsn"/>, and returns how many clients there were.</summary>
    /// <param name="bsn">The person whose address changed.</param>
    /// <param name="newGemeente">The gemeente of the new address.</param>
    /// <param name="actor">The user who recorded the change; the plugins' processing records name this user.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<int> PublishAsync(Bsn bsn, GemeenteCode newGemeente, ICurrentUser actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);

        var published = 0;
        foreach (var gemeente in tenants.Gemeenten)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ScopeIdentity>().RunAs(gemeente, actor.UserId, actor.DisplayName, new HashSet<string>());

            var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
            var clientIds = await db.Clients.AsNoTracking()
                .Where(c => c.Bsn == bsn.Value)
                .Select(c => c.Id)
                .ToListAsync(cancellationToken);

            var events = scope.ServiceProvider.GetRequiredService<HostEventDispatcher>();
            foreach (var clientId in clientIds)
            {
                await events.PublishAsync(new ClientAddressChanged(gemeente, clientId.ToString(), newGemeente), cancellationToken);
                Log.ClientAddressChangePublished(logger, clientId, gemeente.Value, newGemeente.Value);
                published++;
            }
        }

        return published;
    }
}
