using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Schuldhulp.Plugin.Persistence;

/// <summary>Creates the SQLite context for <c>dotnet ef migrations add</c>, which needs no database.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSchuldhulpDbContext>
{
    public SqliteSchuldhulpDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteSchuldhulpDbContext>();
        SqliteSchuldhulpDbContext.Configure(options, "Data Source=schuldhulp-design-time.db");

        return new SqliteSchuldhulpDbContext(options.Options, new NoTenant());
    }
}

/// <summary>Creates the PostgreSQL context for <c>dotnet ef migrations add</c>, which needs no database.</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlSchuldhulpDbContext>
{
    public PostgreSqlSchuldhulpDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgreSqlSchuldhulpDbContext>();
        PostgreSqlSchuldhulpDbContext.Configure(options, "Host=127.0.0.1;Database=schuldhulp_design_time");

        return new PostgreSqlSchuldhulpDbContext(options.Options, new NoTenant());
    }
}

/// <summary>The tenant at design time: none, so no query returns rows.</summary>
internal sealed class NoTenant : ITenantContext
{
    public GemeenteCode? Current => null;
}
