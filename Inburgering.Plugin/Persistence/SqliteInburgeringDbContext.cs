using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Inburgering.Plugin.Persistence;

/// <summary>
/// The plugin's tables on SQLite. SQLite has no schemas and the plugin shares the host's database file, so every
/// table name starts with <c>inburgering_</c>, the migrations history table included.
/// </summary>
internal sealed class SqliteInburgeringDbContext(DbContextOptions<SqliteInburgeringDbContext> options, ITenantContext tenant)
    : InburgeringDbContext(options, tenant)
{
    public const string TablePrefix = "inburgering_";

    public const string MigrationsHistoryTable = "inburgering_migrations";

    /// <summary>Configures SQLite with the plugin's migrations and history table.</summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);

        options.UseSqlite(connectionString, sqlite => sqlite
            .MigrationsAssembly(typeof(SqliteInburgeringDbContext).Assembly)
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

        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            entityType.SetTableName(TablePrefix + entityType.GetTableName());
        }
    }

    /// <summary>Stores a moment as its UTC ticks; it reads back with offset zero.</summary>
    private sealed class DateTimeOffsetToUtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        moment => moment.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}
