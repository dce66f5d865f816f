using Host.Abstractions;
using Inburgering.Plugin.Meldingen;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Persistence;

internal static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the provider context that <paramref name="database"/> names, and <see cref="InburgeringDbContext"/>
    /// as the same scoped instance. Every save also publishes the notifications of new status changes.
    /// </summary>
    /// <exception cref="NotSupportedException">The provider is not SQLite or PostgreSQL.</exception>
    public static IServiceCollection AddInburgeringDbContext(this IServiceCollection services, PluginDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);

        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<SqliteInburgeringDbContext>((provider, options) =>
                {
                    SqliteInburgeringDbContext.Configure(options, database.ConnectionString);
                    options.AddInterceptors(new StatusWijzigingMeldingen(provider.GetRequiredService<TimeProvider>()));
                });
                services.AddScoped<InburgeringDbContext>(provider => provider.GetRequiredService<SqliteInburgeringDbContext>());
                break;

            case DatabaseProvider.PostgreSql:
                services.AddDbContext<PostgreSqlInburgeringDbContext>((provider, options) =>
                {
                    PostgreSqlInburgeringDbContext.Configure(options, database.ConnectionString);
                    options.AddInterceptors(
                        new TenantSessionInterceptor(provider.GetRequiredService<ITenantDatabaseSession>()),
                        new StatusWijzigingMeldingen(provider.GetRequiredService<TimeProvider>()));
                });
                services.AddScoped<InburgeringDbContext>(provider => provider.GetRequiredService<PostgreSqlInburgeringDbContext>());
                break;

            default:
                throw new NotSupportedException($"The inburgering plugin has no migrations for database provider {database.Provider}.");
        }

        return services;
    }
}
