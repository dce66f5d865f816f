using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// Finds the aanbieder a delivery is for: the one a consulent chose for an import, or the one the user acts for. An
/// organisation with several branches (vestigingen) in the gemeente delivers for the branch its rows name.
/// </summary>
internal sealed class LeveringAanbieder(InburgeringDbContext db, ICurrentUser user, IAanbiederToegang toegang)
{
    /// <summary>Returns the aanbieder, or why the delivery is refused.</summary>
    /// <param name="invoer">The delivery; its <see cref="LeveringInvoer.AanbiederId"/> is a consulent's choice.</param>
    /// <param name="regels">The rows, read only up to the first row with a vestigingsnummer, and only when the user acts for several branches.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public async Task<(Aanbieder? Aanbieder, LocalizedText? Weigering)> BepaalAsync(
        LeveringInvoer invoer,
        Func<IAsyncEnumerable<LeveringRegel>> regels,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoer);
        ArgumentNullException.ThrowIfNull(regels);

        if (invoer.AanbiederId is { } gekozen)
        {
            return await GekozenAsync(gekozen, cancellationToken);
        }

        if (!user.HasPermission(InburgeringPermissions.Aanleveren))
        {
            return (null, LeveringWeigeringen.GeenRechtOmAanTeLeveren);
        }

        var eigen = await toegang.EigenAanbiedersAsync(cancellationToken);
        return eigen.Count switch
        {
            0 => (null, LeveringWeigeringen.GeenAanbieder),
            1 => (eigen[0], null),
            _ => await VestigingAsync(eigen, regels, cancellationToken),
        };
    }

    private async Task<(Aanbieder?, LocalizedText?)> GekozenAsync(Guid aanbiederId, CancellationToken cancellationToken)
    {
        if (!user.HasPermission(InburgeringPermissions.LeveringenImporteren))
        {
            return (null, LeveringWeigeringen.GeenRechtOmTeImporteren);
        }

        // The gemeente filter limits the query to aanbieders of the current gemeente.
        var aanbieder = await db.Aanbieders.AsNoTracking().SingleOrDefaultAsync(a => a.Id == aanbiederId && a.Actief, cancellationToken);
        return aanbieder is null ? (null, LeveringWeigeringen.OnbekendeAanbieder) : (aanbieder, null);
    }

    private static async Task<(Aanbieder?, LocalizedText?)> VestigingAsync(
        IReadOnlyList<Aanbieder> eigen,
        Func<IAsyncEnumerable<LeveringRegel>> regels,
        CancellationToken cancellationToken)
    {
        // A third read of the rows besides the two passes, made only for a user of several branches. It stops at the first
        // row that names a branch, which is usually the first row.
        string? vestigingsnummer = null;
        await foreach (var regel in regels().WithCancellation(cancellationToken))
        {
            vestigingsnummer = regel.Waarde(LeveringKolommen.Vestigingsnummer);
            if (vestigingsnummer is not null)
            {
                break;
            }
        }

        if (vestigingsnummer is null)
        {
            return (null, LeveringWeigeringen.GeenVestigingsnummer);
        }

        var aanbieder = eigen.FirstOrDefault(a => string.Equals(a.Vestigingsnummer, vestigingsnummer, StringComparison.Ordinal));
        if (aanbieder is null)
        {
            var bekend = eigen.Select(a => a.Vestigingsnummer).OfType<string>().Order(StringComparer.Ordinal);
            return (null, LeveringWeigeringen.OnbekendeVestiging(vestigingsnummer, bekend));
        }

        return (aanbieder, null);
    }
}
