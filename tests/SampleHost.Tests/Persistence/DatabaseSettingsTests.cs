using Host.Abstractions;
using SampleHost.Tests.Hosting;

namespace SampleHost.Tests.Persistence;

/// <summary>
/// Start-up with an invalid database setting. Each test sets the engine it checks, so the fixture runs once, not once
/// per engine.
/// </summary>
[TestFixture]
public sealed class DatabaseSettingsTests
{
    [Test]
    public async Task Start_PlainFilePath_NamesSetting()
    {
        await using var server = new SampleHostServer(new SampleHostSettings { ConnectionString = "/tmp/samplehost.db" });

        var exception = Assert.Throws<InvalidOperationException>(() => server.StartServer());

        Assert.That(exception!.Message, Does.StartWith("Database:ConnectionString is not a valid Sqlite connection string:"));
        Assert.That(exception.Message, Does.EndWith("Write it as, for example, 'Data Source=App_Data/samplehost.db'."));
    }

    [Test]
    public async Task Start_PostgreSqlWithoutString_NamesSetting()
    {
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = DatabaseProvider.PostgreSql, ConnectionString = "" });

        var exception = Assert.Throws<InvalidOperationException>(() => server.StartServer());

        Assert.That(exception!.Message, Does.StartWith("Database:Provider is PostgreSql, but Database:ConnectionString is empty."));
    }
}
