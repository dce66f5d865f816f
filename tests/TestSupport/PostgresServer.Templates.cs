using Npgsql;

namespace TestSupport;

/// <summary>Databases copied from a migrated template, so that a test skips the migrations.</summary>
public static partial class PostgresServer
{
    private static readonly Dictionary<string, Task<string>> Templates = [];

    /// <summary>
    /// Creates a new database like <see cref="CreateDatabaseAsync"/>, as a copy (<c>CREATE DATABASE … TEMPLATE</c>) of
    /// the template <paramref name="templateName"/>. The first call with a name in this process creates the template
    /// and runs <paramref name="prepareTemplate"/> on it; later calls with that name copy it as it is.
    /// </summary>
    /// <param name="prefix">A name for the caller, as for <see cref="CreateDatabaseAsync"/>.</param>
    /// <param name="templateName">
    /// The name of the schema that <paramref name="prepareTemplate"/> builds, valid as a prefix. Every caller with the
    /// same name must pass a delegate that builds the same schema.
    /// </param>
    /// <param name="prepareTemplate">
    /// Migrates the template, given its connection string. The template is copied only after all its connections are
    /// closed, so the delegate must not keep one open.
    /// </param>
    /// <param name="cancellationToken">Cancels the wait for the server and the template, and the copy.</param>
    /// <returns>The Npgsql connection string of the new database, as the server's superuser.</returns>
    /// <exception cref="ArgumentException"><paramref name="prefix"/> or <paramref name="templateName"/> is not a valid prefix.</exception>
    public static async Task<string> CreateDatabaseFromTemplateAsync(
        string prefix,
        string templateName,
        Func<string, Task> prepareTemplate,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prepareTemplate);
        var normalizedPrefix = NormalizePrefix(prefix, nameof(prefix));
        var normalizedTemplateName = NormalizePrefix(templateName, nameof(templateName));

        var serverConnectionString = await GetConnectionStringAsync(cancellationToken);

        Task<string> template;
        lock (Gate)
        {
            if (!Templates.TryGetValue(normalizedTemplateName, out template!))
            {
                template = Task.Run(() => CreateTemplateAsync(serverConnectionString, normalizedTemplateName, prepareTemplate), CancellationToken.None);
                Templates[normalizedTemplateName] = template;
            }
        }

        var templateDatabase = await template.WaitAsync(cancellationToken);

        var databaseName = $"{normalizedPrefix}_{Guid.NewGuid():N}";
        await ExecuteAsync(serverConnectionString, $"CREATE DATABASE \"{databaseName}\" TEMPLATE \"{templateDatabase}\"", cancellationToken);

        return new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = databaseName }.ConnectionString;
    }

    private static async Task<string> CreateTemplateAsync(string serverConnectionString, string templateName, Func<string, Task> prepareTemplate)
    {
        var connectionString = await CreateDatabaseAsync(templateName);
        var databaseName = new NpgsqlConnectionStringBuilder(connectionString).Database!;

        try
        {
            await prepareTemplate(connectionString);
        }
        catch
        {
            await DropDatabaseAsync(connectionString);
            throw;
        }

        // PostgreSQL copies a template only while no session is connected to it, and the delegate's connections may
        // still be idle in an Npgsql pool under a connection string of its own, so they are ended on the server.
        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteAsync(
            serverConnectionString,
            $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{databaseName}' AND pid <> pg_backend_pid()",
            CancellationToken.None);
        await ExecuteAsync(serverConnectionString, $"ALTER DATABASE \"{databaseName}\" WITH ALLOW_CONNECTIONS false", CancellationToken.None);

        return databaseName;
    }

    /// <summary>Drops the templates this process created, because a server from the environment outlives the process.</summary>
    private static async Task DropTemplatesAsync(string serverConnectionString)
    {
        List<Task<string>> templates;
        lock (Gate)
        {
            templates = [.. Templates.Values];
            Templates.Clear();
        }

        foreach (var template in templates)
        {
            await ((Task)template).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (!template.IsCompletedSuccessfully)
            {
                continue;
            }

            await ExecuteAsync(serverConnectionString, $"DROP DATABASE IF EXISTS \"{template.Result}\" WITH (FORCE)", CancellationToken.None);
        }
    }
}
