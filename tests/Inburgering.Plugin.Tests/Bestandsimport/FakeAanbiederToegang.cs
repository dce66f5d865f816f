using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Tests.Bestandsimport;

/// <summary>Returns the active aanbieders whose KvK number is the one of the user's organisation; branches are not distinguished.</summary>
internal sealed class FakeAanbiederToegang(InburgeringDbContext db, ICurrentUser user) : IAanbiederToegang
{
    public async Task<IReadOnlyList<Aanbieder>> EigenAanbiedersAsync(CancellationToken cancellationToken)
    {
        if (user.Organisation?.Split('/')[0] is not { } kvk)
        {
            return [];
        }

        return await db.Aanbieders.AsNoTracking().Where(a => a.Actief && a.KvkNummer == kvk).ToListAsync(cancellationToken);
    }
}
