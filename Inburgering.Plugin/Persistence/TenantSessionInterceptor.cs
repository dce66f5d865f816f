using System.Data.Common;
using Host.Abstractions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Inburgering.Plugin.Persistence;

/// <summary>Binds every connection the plugin opens to the current gemeente, for the host's row-level security.</summary>
internal sealed class TenantSessionInterceptor(ITenantDatabaseSession session) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => session.Bind(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        session.BindAsync(connection, cancellationToken);
}
