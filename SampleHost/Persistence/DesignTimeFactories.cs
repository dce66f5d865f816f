using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SampleHost.Persistence;

/// <summary>Creates the SQLite context for <c>dotnet ef migrations</c>.</summary>
internal sealed class SqliteHostDbContextFactory : IDesignTimeDbContextFactory<SqliteHostDbContext>
{
    public SqliteHostDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqliteHostDbContext>().UseSqlite("Data Source=design-time.db").Options,
        new NoTenant());
}

/// <summary>Creates the PostgreSQL context for <c>dotnet ef migrations</c>; it does not connect.</summary>
internal sealed class PostgreSqlHostDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlHostDbContext>
{
    public PostgreSqlHostDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PostgreSqlHostDbContext>().UseNpgsql("Host=127.0.0.1;Database=design_time").Options,
        new NoTenant());
}

/// <summary>The tenant at design time: none.</summary>
internal sealed class NoTenant : ITenantContext
{
    public GemeenteCode? Current => null;
}
