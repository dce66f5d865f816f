using Host.Abstractions;
using Host.Abstractions.Testing;
using TestSupport;

namespace Schuldhulp.Plugin.Tests;

/// <summary>
/// A <see cref="PluginTestHost"/> that creates a PostgreSQL database of its own when its options select PostgreSQL
/// without a connection string, and drops that database when the host is disposed. SQLite needs nothing extra, because
/// the host then creates a file in its temporary folder.
/// </summary>
internal sealed class DatabaseTestHost : PluginTestHost
{
    private readonly string? _ownDatabase;

    public DatabaseTestHost(PluginTestHostOptions options)
        : this(options, CreateOwnDatabase(options))
    {
    }

    private DatabaseTestHost(PluginTestHostOptions options, string? ownDatabase)
        : base(ownDatabase is null ? options : options with { ConnectionString = ownDatabase })
    {
        _ownDatabase = ownDatabase;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();

        if (_ownDatabase is not null)
        {
            await PostgresServer.DropDatabaseAsync(_ownDatabase);
        }
    }

    // A constructor cannot await, and NUnit runs set-up code without a synchronization context, so blocking here
    // cannot deadlock.
    private static string? CreateOwnDatabase(PluginTestHostOptions options) =>
        options.Provider == DatabaseProvider.PostgreSql && options.ConnectionString is null
            ? PostgresServer.CreateDatabaseAsync("samplehost").GetAwaiter().GetResult()
            : null;
}
