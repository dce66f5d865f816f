using System.Data.Common;

namespace Host.Abstractions;

/// <summary>
/// Binds a database connection to the current gemeente, so that PostgreSQL's row-level security shows the
/// connection only that gemeente's rows. The host provides it; on SQLite it does nothing.
/// </summary>
/// <remarks>
/// Call it each time the plugin opens a connection, for example from an EF Core connection interceptor, and protect
/// the plugin's tables with <see cref="TenantRowSecurity.PostgreSqlPolicy(string, string, string)"/> after migrating them. It is a second
/// wall behind the plugin's own gemeente filter, not a replacement for it.
/// </remarks>
public interface ITenantDatabaseSession
{
    /// <summary>Binds the open <paramref name="connection"/> to the current gemeente, or to none outside a gemeente.</summary>
    /// <param name="connection">An open connection to the host's database.</param>
    void Bind(DbConnection connection);

    /// <summary>Binds the open <paramref name="connection"/> to the current gemeente, or to none outside a gemeente.</summary>
    /// <param name="connection">An open connection to the host's database.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    Task BindAsync(DbConnection connection, CancellationToken cancellationToken);
}
