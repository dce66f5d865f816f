using Host.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Persistence;

/// <summary>
/// The plugin's tables on PostgreSQL, all in the schema <c>inburgering</c>, the migrations history table included.
/// </summary>
internal sealed class PostgreSqlInburgeringDbContext(DbContextOptions<PostgreSqlInburgeringDbContext> options, ITenantContext tenant)
    : InburgeringDbContext(options, tenant)
{
    public const string Schema = "inburgering";

    /// <summary>The plugin's migration history table, in <see cref="Schema"/>.</summary>
    public const string MigrationsHistoryTable = "__EFMigrationsHistory";

    /// <summary>Configures Npgsql with the plugin's migrations and history table.</summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);

        options.UseNpgsql(connectionString, npgsql => npgsql
            .MigrationsAssembly(typeof(PostgreSqlInburgeringDbContext).Assembly)
            .MigrationsHistoryTable(MigrationsHistoryTable, Schema));
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Row-level security on every table of a gemeente is the second wall behind the query filter; InburgeringDataStore
        // puts the policies on the tables after migrating.
        modelBuilder.HasDefaultSchema(Schema);
    }
}
