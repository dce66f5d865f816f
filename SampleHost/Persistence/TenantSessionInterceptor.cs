using System.Data.Common;
using Host.Abstractions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SampleHost.Persistence;

/// <summary>Binds every connection the host's <see cref="HostDbContext"/> opens to the current gemeente.</summary>
internal sealed class TenantSessionInterceptor(ITenantDatabaseSession session) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => session.Bind(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        session.BindAsync(connection, cancellationToken);
}
