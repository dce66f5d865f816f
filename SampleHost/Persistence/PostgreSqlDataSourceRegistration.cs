using Npgsql;

namespace SampleHost.Persistence;

/// <summary>
/// Registers the one <see cref="NpgsqlDataSource"/> of the deployment, which owns the connection pool of the host's
/// <see cref="HostDbContext"/>. The pool's size and timeouts come from the connection string.
/// </summary>
/// <remarks>
/// The plugins cannot share this data source: each plugin loads its own copy of Npgsql in its own load context, so
/// an <see cref="NpgsqlDataSource"/> of the host is another type to the plugin. Each copy of Npgsql keeps its own pool
/// per connection string, so an instance opens at most Maximum Pool Size connections for the host plus the same
/// number for each plugin with tables.
/// </remarks>
internal static class PostgreSqlDataSourceRegistration
{
    public static void AddPostgreSqlDataSource(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(provider =>
        {
            var loggerFactory = provider.GetRequiredService<ILoggerFactory>();
            var builder = new NpgsqlDataSourceBuilder(connectionString);
            builder.UseLoggerFactory(loggerFactory);

            var settings = builder.ConnectionStringBuilder;
            Log.PostgreSqlPoolBuilt(
                loggerFactory.CreateLogger(typeof(PostgreSqlDataSourceRegistration)),
                settings.MaxPoolSize,
                settings.Timeout,
                settings.CommandTimeout,
                settings.KeepAlive,
                settings.ConnectionIdleLifetime);

            return builder.Build();
        });
    }
}
