using Host.Abstractions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SampleHost.Persistence;

/// <summary>Registers the host's database from the <c>Database</c> settings.</summary>
internal static class DatabaseRegistration
{
    /// <summary>
    /// Reads the <c>Database</c> settings, registers the host's <see cref="HostDbContext"/> for the chosen provider
    /// and returns the database the plugins share.
    /// </summary>
    /// <exception cref="InvalidOperationException">PostgreSQL is chosen without a connection string.</exception>
    public static PluginDatabase AddHostDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var database = new PluginDatabase(options.Provider, ResolveConnectionString(options, environment));
        CheckConnectionString(database);
        services.AddSingleton(database);
        services.AddScoped<ITenantDatabaseSession, TenantDatabaseSession>();

        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            services.AddPostgreSqlDataSource(database.ConnectionString);
            services.AddDbContext<HostDbContext, PostgreSqlHostDbContext>((provider, db) => db
                .UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>())
                .AddInterceptors(new TenantSessionInterceptor(provider.GetRequiredService<ITenantDatabaseSession>())));
        }
        else
        {
            services.AddDbContext<HostDbContext, SqliteHostDbContext>(db => db.UseSqlite(database.ConnectionString));
        }

        return database;
    }

    /// <summary>Parses the connection string now, so a malformed one fails start-up with the setting's name.</summary>
    private static void CheckConnectionString(PluginDatabase database)
    {
        try
        {
            _ = database.Provider == DatabaseProvider.PostgreSql
                ? new NpgsqlConnectionStringBuilder(database.ConnectionString).ConnectionString
                : new SqliteConnectionStringBuilder(database.ConnectionString).ConnectionString;
        }
        catch (ArgumentException exception)
        {
            var example = database.Provider == DatabaseProvider.PostgreSql
                ? "Host=127.0.0.1;Port=5432;Database=inburgering;Username=samplehost"
                : "Data Source=App_Data/samplehost.db";
            throw new InvalidOperationException(
                $"Database:ConnectionString is not a valid {database.Provider} connection string: {exception.Message} Write it as, for example, '{example}'.",
                exception);
        }
    }

    private static string ResolveConnectionString(DatabaseOptions options, IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            throw new InvalidOperationException(
                "Database:Provider is PostgreSql, but Database:ConnectionString is empty. Set it, for example to 'Host=127.0.0.1;Port=5432;Database=inburgering;Username=samplehost'.");
        }

        var folder = Path.Combine(environment.ContentRootPath, "App_Data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "samplehost.db")}";
    }
}
