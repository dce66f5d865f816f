using System.Data.Common;
using Host.Abstractions;

namespace SampleHost.Persistence;

/// <summary>
/// Sets <see cref="TenantRowSecurity.SettingName"/> on each PostgreSQL connection to the gemeente of the current
/// scope, or to empty outside a gemeente, so the row-level security policies apply. On SQLite it does nothing.
/// </summary>
internal sealed class TenantDatabaseSession(PluginDatabase database, ITenantContext tenant) : ITenantDatabaseSession
{
    private const string Statement = $"SELECT set_config('{TenantRowSecurity.SettingName}', @gemeente, false)";

    public void Bind(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (database.Provider != DatabaseProvider.PostgreSql)
        {
            return;
        }

        using var command = CreateCommand(connection);
        command.ExecuteNonQuery();
    }

    public async Task BindAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (database.Provider != DatabaseProvider.PostgreSql)
        {
            return;
        }

        await using var command = CreateCommand(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand CreateCommand(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = Statement;

        var gemeente = command.CreateParameter();
        gemeente.ParameterName = "gemeente";
        gemeente.Value = tenant.Current?.Value ?? string.Empty;
        command.Parameters.Add(gemeente);
        return command;
    }
}
