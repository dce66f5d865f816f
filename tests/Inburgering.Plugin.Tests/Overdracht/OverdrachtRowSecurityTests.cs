using Host.Abstractions;
using Npgsql;
using static Inburgering.Plugin.Tests.Overdracht.OverdrachtSteps;

namespace Inburgering.Plugin.Tests.Overdracht;

/// <summary>
/// The row-level security of <c>overdrachten</c> on PostgreSQL: the sender and the receiver see the row, a third
/// gemeente does not. SQLite has no row-level security and relies on the query filter, which
/// <see cref="OverdrachtPersistenceTests"/> covers on both databases.
/// </summary>
public sealed class OverdrachtRowSecurityTests
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(DatabaseProvider.PostgreSql);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Overdracht_RowLevelSecurity_HidesRowFromThirdGemeente()
    {
        var oudId = await DossierMetPipAsync(_plugin);
        await VerzondenAsync(_plugin, oudId);

        var zender = await ZichtbaarVoorRolAsync("0599");
        var ontvanger = await ZichtbaarVoorRolAsync("0518");
        var derde = await ZichtbaarVoorRolAsync("0344");

        Assert.That(zender, Is.EqualTo(1));
        Assert.That(ontvanger, Is.EqualTo(1));
        Assert.That(derde, Is.EqualTo(0));
    }

    /// <summary>
    /// Counts the rows of <c>overdrachten</c> that a role without superuser rights reads with the setting of
    /// <paramref name="gemeente"/>, without any query filter, so only row-level security decides. The harness connects
    /// as a superuser, which row-level security does not apply to, so the query switches to such a role first.
    /// </summary>
    private async Task<long> ZichtbaarVoorRolAsync(string gemeente)
    {
        var role = $"overdracht_lezer_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(_plugin.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            CREATE ROLE "{role}" NOLOGIN NOSUPERUSER NOBYPASSRLS;
            GRANT USAGE ON SCHEMA inburgering TO "{role}";
            GRANT SELECT ON inburgering.overdrachten TO "{role}";
            SET ROLE "{role}";
            SELECT set_config('{TenantRowSecurity.SettingName}', @gemeente, false);
            SELECT count(*) FROM inburgering.overdrachten;
            """;
        command.Parameters.AddWithValue("gemeente", gemeente);

        await using var reader = await command.ExecuteReaderAsync();
        await reader.NextResultAsync();
        await reader.ReadAsync();
        return reader.GetInt64(0);
    }
}
