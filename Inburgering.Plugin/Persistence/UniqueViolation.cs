using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Inburgering.Plugin.Persistence;

internal static class UniqueViolation
{
    /// <summary>SQLITE_CONSTRAINT_UNIQUE, the extended result code of a unique index violation.</summary>
    private const int SqliteConstraintUnique = 2067;

    /// <summary>Returns whether the save failed because a row with the same unique key exists.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);

        return exception.InnerException switch
        {
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteConstraintUnique,
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
            _ => false,
        };
    }
}
