using System.Globalization;
using Host.Abstractions;

namespace Inburgering.Plugin.Tests.TestDoubles;

/// <summary>The host's clients per gemeente, kept in memory; a client of another gemeente is never found.</summary>
public sealed class InMemoryClientDirectory(ITenantContext tenant) : IClientDirectory
{
    private readonly List<(GemeenteCode Gemeente, ClientSummary Client, PartialDate? BirthDate)> _clients = [];

    public IReadOnlyList<ClientSummary> All => [.. _clients.Select(c => c.Client)];

    public PartialDate? BirthDateOf(string clientId) => _clients.Single(c => c.Client.ClientId == clientId).BirthDate;

    public Task<ClientSummary?> FindAsync(string clientId, CancellationToken cancellationToken) =>
        Task.FromResult(InCurrentGemeente().FirstOrDefault(c => c.ClientId == clientId));

    public Task<ClientSummary?> FindByBsnAsync(Bsn bsn, CancellationToken cancellationToken) =>
        Task.FromResult(InCurrentGemeente().FirstOrDefault(c => c.Bsn == bsn));

    public Task<ClientSummary> RegisterAsync(NewClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);

        var existing = InCurrentGemeente().FirstOrDefault(c => c.Bsn == client.Bsn);
        if (existing is not null)
        {
            return Task.FromResult(existing);
        }

        var summary = new ClientSummary(string.Create(CultureInfo.InvariantCulture, $"client-{_clients.Count + 1}"), client.Bsn, client.Name);
        _clients.Add((tenant.Required, summary, client.BirthDate));
        return Task.FromResult(summary);
    }

    private IEnumerable<ClientSummary> InCurrentGemeente() =>
        _clients.Where(c => c.Gemeente == tenant.Current).Select(c => c.Client);
}
