using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Schuldhulp.Plugin.Persistence;

internal static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the provider context that <paramref name="database"/> names, and <see cref="SchuldhulpDbContext"/>
    /// as the same scoped instance.
    /// </summary>
    /// <exception cref="NotSupportedException">The provider is not SQLite or PostgreSQL.</exception>
    public static IServiceCollection AddSchuldhulpDbContext(this IServiceCollection services, PluginDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);

        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<SqliteSchuldhulpDbContext>(options => SqliteSchuldhulpDbContext.Configure(options, database.ConnectionString));
                services.AddScoped<SchuldhulpDbContext>(provider => provider.GetRequiredService<SqliteSchuldhulpDbContext>());
                break;

            case DatabaseProvider.PostgreSql:
                services.AddDbContext<PostgreSqlSchuldhulpDbContext>(options => PostgreSqlSchuldhulpDbContext.Configure(options, database.ConnectionString));
                services.AddScoped<SchuldhulpDbContext>(provider => provider.GetRequiredService<PostgreSqlSchuldhulpDbContext>());
                break;

            default:
                throw new NotSupportedException($"The schuldhulp plugin has no migrations for database provider {database.Provider}.");
        }

        return services;
    }
}
