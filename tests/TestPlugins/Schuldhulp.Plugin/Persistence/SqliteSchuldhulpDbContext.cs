using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Schuldhulp.Plugin.Aanmeldingen;

namespace Schuldhulp.Plugin.Persistence;

/// <summary>
/// The plugin's table on SQLite. SQLite has no schemas and the plugin shares the host's database file, so every
/// table name starts with <c>schuldhulp_</c>, the migrations history table included.
/// </summary>
internal sealed class SqliteSchuldhulpDbContext(DbContextOptions<SqliteSchuldhulpDbContext> options, ITenantContext tenant)
    : SchuldhulpDbContext(options, tenant)
{
    public const string MigrationsHistoryTable = "schuldhulp_migrations";

    /// <summary>Configures SQLite with the plugin's migrations and history table.</summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);

        options.UseSqlite(connectionString, sqlite => sqlite
            .MigrationsAssembly(typeof(SqliteSchuldhulpDbContext).Assembly)
            .MigrationsHistoryTable(MigrationsHistoryTable));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // EF Core's SQLite provider cannot sort or compare DateTimeOffset values, so moments are stored as UTC ticks.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        modelBuilder.Entity<Aanmelding>().ToTable("schuldhulp_aanmeldingen");
    }

    /// <summary>Stores a moment as its UTC ticks; it reads back with offset zero.</summary>
    private sealed class DateTimeOffsetToUtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        moment => moment.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}
