using TestSupport;

namespace Schuldhulp.Plugin.Tests;

/// <summary>Stops the throwaway PostgreSQL server after the last test of this assembly.</summary>
[SetUpFixture]
public sealed class PostgresServerShutdown
{
    [OneTimeTearDown]
    public async Task StopServerAsync() => await PostgresServer.StopAsync();
}
