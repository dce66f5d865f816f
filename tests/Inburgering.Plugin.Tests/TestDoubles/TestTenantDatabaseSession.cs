using System.Data.Common;
using Host.Abstractions;

namespace Inburgering.Plugin.Tests.TestDoubles;

/// <summary>
/// Binds PostgreSQL connections to the test's current gemeente as the host does, so the plugin's row-level security
/// policy applies in tests too; on SQLite it does nothing.
/// </summary>
public sealed class TestTenantDatabaseSession(PluginDatabase database, ITenantContext tenant) : ITenantDatabaseSession
{
    public void Bind(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            using var command = CreateCommand(connection);
            command.ExecuteNonQuery();
        }
    }

    public async Task BindAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            await using var command = CreateCommand(connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private DbCommand CreateCommand(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"SELECT set_config('{TenantRowSecurity.SettingName}', @gemeente, false)";
        var gemeente = command.CreateParameter();
        gemeente.ParameterName = "gemeente";
        gemeente.Value = tenant.Current?.Value ?? string.Empty;
        command.Parameters.Add(gemeente);
        return command;
    }
}
