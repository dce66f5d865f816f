using Host.Abstractions;

namespace TestSupport;

/// <summary>
/// The database engines every integration test runs on. A fixture that uses a database takes its engine as a
/// constructor argument and lists this source, so it runs once on SQLite and once on PostgreSQL:
/// <c>[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]</c>.
/// </summary>
public static class TestDatabases
{
    /// <summary>SQLite, the embedded default, and PostgreSQL, the production database.</summary>
    public static IReadOnlyList<DatabaseProvider> Providers { get; } = [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];
}
