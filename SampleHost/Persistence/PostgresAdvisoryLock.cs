using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SampleHost.Persistence;

/// <summary>
/// A PostgreSQL session-level advisory lock, so work that two host instances starting at once must not both do, such
/// as migrating the database or seeding the demo data, runs in one instance at a time. The lock lives on its own
/// connection without pooling, so a crashed instance's lock ends with its connection. On SQLite it does nothing,
/// because one SQLite file serves one instance.
/// </summary>
internal sealed class PostgresAdvisoryLock : IAsyncDisposable
{
    /// <summary>The key of the lock around the migrations of the host and its plugins.</summary>
    public const long MigrationsKey = 0x5348_4D49_4752;

    /// <summary>The key of the lock around seeding the demo data.</summary>
    public const long DemoDataKey = 0x5348_4445_4D4F;

    /// <summary>How long an instance waits for the other instance's lock before start-up fails, in seconds.</summary>
    public const int WaitSeconds = 300;

    private readonly NpgsqlConnection? _connection;
    private readonly long _key;

    private PostgresAdvisoryLock(NpgsqlConnection? connection, long key)
    {
        _connection = connection;
        _key = key;
    }

    /// <summary>Waits until this instance holds the lock <paramref name="key"/> on the database of <paramref name="db"/>.</summary>
    /// <exception cref="NpgsqlException">The lock was not granted within <see cref="WaitSeconds"/> seconds, or the database is unreachable.</exception>
    public static async Task<PostgresAdvisoryLock> AcquireAsync(DbContext db, long key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsNpgsql())
        {
            return new PostgresAdvisoryLock(null, key);
        }

        var settings = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false };
        var connection = new NpgsqlConnection(settings.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection) { CommandTimeout = WaitSeconds };
            command.Parameters.AddWithValue("key", key);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        return new PostgresAdvisoryLock(connection, key);
    }

    /// <summary>Releases the lock and closes its connection, which would release it too.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_connection is null)
        {
            return;
        }

        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _connection);
            command.Parameters.AddWithValue("key", _key);
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }
}
