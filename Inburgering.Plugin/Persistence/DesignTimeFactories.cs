using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Inburgering.Plugin.Persistence;

/// <summary>Creates the SQLite context for <c>dotnet ef migrations add</c>, which needs no database.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteInburgeringDbContext>
{
    public SqliteInburgeringDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteInburgeringDbContext>();
        SqliteInburgeringDbContext.Configure(options, "Data Source=inburgering-design-time.db");

        return new SqliteInburgeringDbContext(options.Options, new NoTenant());
    }
}

/// <summary>Creates the PostgreSQL context for <c>dotnet ef migrations add</c>, which needs no database.</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlInburgeringDbContext>
{
    public PostgreSqlInburgeringDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgreSqlInburgeringDbContext>();
        PostgreSqlInburgeringDbContext.Configure(options, "Host=127.0.0.1;Database=inburgering_design_time");

        return new PostgreSqlInburgeringDbContext(options.Options, new NoTenant());
    }
}

/// <summary>The tenant at design time: none, so no query returns rows.</summary>
internal sealed class NoTenant : ITenantContext
{
    public GemeenteCode? Current => null;
}
