using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.BredeIntake;

/// <summary>
/// Reads the outcome of a dossier's brede intake for the PIP. It records nothing in the processing log and does not
/// check whether the dossier is restricted, because the caller loads the dossier, refuses a restricted one and records
/// its own processing.
/// </summary>
internal sealed class BredeIntakeUitkomstQuery(InburgeringDbContext db)
{
    /// <summary>
    /// Returns the outcome of the intake of dossier <paramref name="dossierId"/> in the current gemeente, or
    /// <see langword="null"/> when the intake has not started.
    /// </summary>
    public async Task<BredeIntakeUitkomst?> FindAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var intake = await db.BredeIntakes.AsNoTracking().SingleOrDefaultAsync(i => i.DossierId == dossierId, cancellationToken);
        if (intake is null)
        {
            return null;
        }

        return new BredeIntakeUitkomst(
            intake.IsAfgerond,
            intake.AfgerondOp,
            RouteAdvies.Voor(intake.Toetsuitslag),
            intake.GekozenLeerroute,
            intake.Afwijkingsreden);
    }
}
