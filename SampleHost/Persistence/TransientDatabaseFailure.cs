using System.Data.Common;
using System.Net.Sockets;

namespace SampleHost.Persistence;

/// <summary>
/// Recognises an exception caused by a database that is unreachable, restarting or busy for a moment, so the host can
/// respond with 503 and the client can retry, in place of a 500.
/// </summary>
/// <remarks>
/// The check walks the inner exceptions and uses only BCL types (<see cref="DbException"/>, <see cref="SocketException"/>),
/// because each plugin loads its own copy of Npgsql, Microsoft.Data.Sqlite and EF Core: a plugin's
/// <c>NpgsqlException</c> is another type than the host's.
/// </remarks>
internal static class TransientDatabaseFailure
{
    /// <summary>SQLite's result codes for a database file that another connection holds: SQLITE_BUSY (5) and SQLITE_LOCKED (6).</summary>
    private static readonly int[] s_sqliteBusyCodes = [5, 6];

    /// <summary>
    /// PostgreSQL's SQLSTATEs for a server that shuts down or starts: 57P01 admin_shutdown, 57P02 crash_shutdown,
    /// 57P03 cannot_connect_now. Class 08 (connection exception) is checked by its prefix.
    /// </summary>
    private static readonly string[] s_postgreSqlShutdownStates = ["57P01", "57P02", "57P03"];

    /// <summary>Returns the exception in the chain of <paramref name="exception"/> that marks the failure as transient, or null.</summary>
    public static Exception? Find(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);

        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (IsTransient(current))
            {
                return current;
            }
        }

        return null;
    }

    private static bool IsTransient(Exception exception) => exception switch
    {
        DbException { SqlState: { } state } when IsConnectionState(state) => true,
        DbException database when IsSqliteBusy(database) => true,
        DbException { IsTransient: true } => true,
        SocketException => true,
        _ => false,
    };

    private static bool IsConnectionState(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) || s_postgreSqlShutdownStates.Contains(state, StringComparer.Ordinal);

    /// <summary>
    /// Checks the SQLite result code in <see cref="System.Runtime.InteropServices.ExternalException.ErrorCode"/> of a
    /// <c>SqliteException</c>, found by type name because the plugin's copy is another type.
    /// </summary>
    /// <remarks>
    /// NOTE: no test makes SQLite busy, and that Microsoft.Data.Sqlite 10 stores the result code in <c>ErrorCode</c>
    /// is not checked. Its <c>SqliteErrorCode</c> property is the documented place.
    /// </remarks>
    private static bool IsSqliteBusy(DbException exception) =>
        exception.GetType().Name == "SqliteException" && s_sqliteBusyCodes.Contains(exception.ErrorCode & 0xFF);
}
