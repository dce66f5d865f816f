using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Schuldhulp.Plugin.Aanmeldingen;

namespace Schuldhulp.Plugin.Persistence;

/// <summary>The plugin's table on PostgreSQL, in the schema <c>schuldhulp</c> with its migrations history table.</summary>
internal sealed class PostgreSqlSchuldhulpDbContext(DbContextOptions<PostgreSqlSchuldhulpDbContext> options, ITenantContext tenant)
    : SchuldhulpDbContext(options, tenant)
{
    public const string Schema = "schuldhulp";

    /// <summary>Configures Npgsql with the plugin's migrations and history table.</summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);

        options.UseNpgsql(connectionString, npgsql => npgsql
            .MigrationsAssembly(typeof(PostgreSqlSchuldhulpDbContext).Assembly)
            .MigrationsHistoryTable("__EFMigrationsHistory", Schema));
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Aanmelding>().ToTable("aanmeldingen");
    }
}
