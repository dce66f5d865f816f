using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Aanbieders;

/// <summary>
/// Finds the active aanbieders of the current gemeente that the current user acts for, by the organisation of the login.
/// The result is kept for the scope, so a screen and its actions ask the database once per request.
/// </summary>
internal sealed class AanbiederToegang(InburgeringDbContext db, ICurrentUser user, ILogger<AanbiederToegang> logger) : IAanbiederToegang
{
    private IReadOnlyList<Aanbieder>? _eigen;

    public async Task<IReadOnlyList<Aanbieder>> EigenAanbiedersAsync(CancellationToken cancellationToken)
    {
        if (_eigen is not null)
        {
            return _eigen;
        }

        if (user.Organisation is null)
        {
            return _eigen = [];
        }

        if (!AanbiederOrganisatie.TryParse(user.Organisation, out var organisatie))
        {
            Log.OrganisationNotParsed(logger, user.UserId);
            return _eigen = [];
        }

        var kandidaten = await db.Aanbieders
            .AsNoTracking()
            .Where(a => a.Actief && a.KvkNummer == organisatie!.KvkNummer)
            .OrderBy(a => a.Naam)
            .ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);

        return _eigen = [.. kandidaten.Where(organisatie!.Omvat)];
    }
}
