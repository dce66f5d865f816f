using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using SampleHost.Events;
using SampleHost.Persistence;

namespace SampleHost.Clients;

/// <summary>The host's clients of the current gemeente, for the host's screens and for plugins.</summary>
internal sealed class ClientDirectory(
    HostDbContext db,
    ITenantContext tenant,
    ICurrentUser user,
    HostEventDispatcher events,
    TimeProvider clock) : IClientDirectory
{
    public async Task<ClientSummary?> FindAsync(string clientId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(clientId, out var id))
        {
            return null;
        }

        var client = await db.Clients.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return client is null ? null : ToSummary(client);
    }

    public async Task<ClientSummary?> FindByBsnAsync(Bsn bsn, CancellationToken cancellationToken)
    {
        var client = await db.Clients.AsNoTracking().FirstOrDefaultAsync(c => c.Bsn == bsn.Value, cancellationToken);
        return client is null ? null : ToSummary(client);
    }

    public async Task<ClientSummary> RegisterAsync(NewClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);

        var existing = await FindByBsnAsync(client.Bsn, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var gemeente = tenant.Required;
        var entity = new Client
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            Gemeente = gemeente.Value,
            Bsn = client.Bsn.Value,
            Naam = client.Name,
            Geboortedatum = client.BirthDate?.ToBrpString(),
            GeregistreerdOp = clock.GetUtcNow(),
            GeregistreerdDoor = user.UserId,
        };

        db.Clients.Add(entity);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request may have registered the same BSN in this gemeente at the same moment; the unique
            // index kept one. Any other failure is rethrown.
            db.Entry(entity).State = EntityState.Detached;
            if (await FindByBsnAsync(client.Bsn, cancellationToken) is { } raced)
            {
                return raced;
            }

            throw;
        }

        await events.PublishAsync(new ClientRegistered(gemeente, entity.Id.ToString()), cancellationToken);
        return ToSummary(entity);
    }

    private static ClientSummary ToSummary(Client client) => new(client.Id.ToString(), Bsn.Parse(client.Bsn), client.Naam);
}
