namespace Host.Abstractions;

/// <summary>
/// The host's clients (klanten) of the current gemeente, as a plugin may see and add them. A client of another
/// gemeente is never found.
/// </summary>
public interface IClientDirectory
{
    /// <summary>Returns the client with <paramref name="clientId"/>, or <see langword="null"/> when the current gemeente has none.</summary>
    /// <param name="clientId">The host's client id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<ClientSummary?> FindAsync(string clientId, CancellationToken cancellationToken);

    /// <summary>Returns the client with <paramref name="bsn"/>, or <see langword="null"/> when the current gemeente has none.</summary>
    /// <param name="bsn">The client's BSN.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<ClientSummary?> FindByBsnAsync(Bsn bsn, CancellationToken cancellationToken);

    /// <summary>
    /// Registers a client in the current gemeente, or returns the existing client with the same BSN unchanged.
    /// The host raises <see cref="ClientRegistered"/> for a new client.
    /// </summary>
    /// <param name="client">The client's BSN and name.</param>
    /// <param name="cancellationToken">Cancels the registration.</param>
    Task<ClientSummary> RegisterAsync(NewClient client, CancellationToken cancellationToken);
}

/// <summary>A client as a plugin sees it.</summary>
/// <param name="ClientId">The host's client id.</param>
/// <param name="Bsn">The client's BSN.</param>
/// <param name="Name">The client's full name.</param>
public sealed record ClientSummary(string ClientId, Bsn Bsn, string Name);

/// <summary>A client to register.</summary>
/// <param name="Bsn">The client's BSN.</param>
/// <param name="Name">The client's full name, usually from the BRP.</param>
public sealed record NewClient(Bsn Bsn, string Name)
{
    /// <summary>The birth date from the BRP, or <see langword="null"/>.</summary>
    public PartialDate? BirthDate { get; init; }
}
