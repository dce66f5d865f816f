using Microsoft.EntityFrameworkCore.Migrations;

namespace SampleHost.Privacy;

/// <summary>
/// The database triggers that make <c>processing_log</c> append-only: every UPDATE and DELETE (and on PostgreSQL
/// TRUNCATE) of its rows is rejected with an error. A migration calls <see cref="Create"/>.
/// </summary>
/// <remarks>
/// A database administrator can still drop the triggers; the hash chain is what shows a change made after that.
/// NOTE: on SQLite, EF Core rebuilds a table for some column changes, which drops its triggers. A later migration
/// that rebuilds <c>processing_log</c> must call <see cref="Create"/> again.
/// </remarks>
internal static class ProcessingLogTriggers
{
    public const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    public const string PostgreSqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    public static void Create(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        foreach (var statement in CreateStatements(migrationBuilder.ActiveProvider))
        {
            migrationBuilder.Sql(statement);
        }
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        foreach (var statement in DropStatements(migrationBuilder.ActiveProvider))
        {
            migrationBuilder.Sql(statement);
        }
    }

    /// <summary>Returns the SQL statements that create the triggers on the EF Core provider <paramref name="provider"/>.</summary>
    /// <exception cref="NotSupportedException">The provider is neither SQLite nor PostgreSQL.</exception>
    public static IReadOnlyList<string> CreateStatements(string? provider) => provider switch
    {
        SqliteProvider =>
        [
            """
            CREATE TRIGGER processing_log_reject_update BEFORE UPDATE ON processing_log
            BEGIN SELECT RAISE(ABORT, 'processing_log is append-only: UPDATE is not allowed'); END;
            """,
            """
            CREATE TRIGGER processing_log_reject_delete BEFORE DELETE ON processing_log
            BEGIN SELECT RAISE(ABORT, 'processing_log is append-only: DELETE is not allowed'); END;
            """,
        ],
        PostgreSqlProvider =>
        [
            """
            CREATE FUNCTION processing_log_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'processing_log is append-only: % is not allowed', TG_OP;
            END;
            $$;
            """,
            """
            CREATE TRIGGER processing_log_reject_change BEFORE UPDATE OR DELETE ON processing_log
            FOR EACH ROW EXECUTE FUNCTION processing_log_reject_change();
            """,
            """
            CREATE TRIGGER processing_log_reject_truncate BEFORE TRUNCATE ON processing_log
            FOR EACH STATEMENT EXECUTE FUNCTION processing_log_reject_change();
            """,
        ],
        _ => throw new NotSupportedException($"No append-only triggers for database provider '{provider}'."),
    };

    /// <summary>Returns the SQL statements that drop the triggers on the EF Core provider <paramref name="provider"/>.</summary>
    public static IReadOnlyList<string> DropStatements(string? provider) => provider == PostgreSqlProvider
        ?
        [
            "DROP TRIGGER IF EXISTS processing_log_reject_truncate ON processing_log;",
            "DROP TRIGGER IF EXISTS processing_log_reject_change ON processing_log;",
            "DROP FUNCTION IF EXISTS processing_log_reject_change();",
        ]
        :
        [
            "DROP TRIGGER IF EXISTS processing_log_reject_update;",
            "DROP TRIGGER IF EXISTS processing_log_reject_delete;",
        ];
}
