using Host.Abstractions;

namespace Inburgering.Plugin.Pip;

/// <summary>Starts a revision of a vastgesteld PIP: a new concept copied from the last vastgesteld version.</summary>
internal static class PipNieuweVersie
{
    /// <summary>
    /// Returns why <paramref name="pip"/> cannot get a new version now: it has no vastgesteld PIP, or already an open
    /// concept. Returns <see langword="null"/> when it can.
    /// </summary>
    public static FieldError? Controleer(PipDossier pip)
    {
        ArgumentNullException.ThrowIfNull(pip);

        if (pip.LaatsteVastgesteld is null)
        {
            return new FieldError("", new LocalizedText(
                "Er is nog geen vastgesteld PIP om te wijzigen. Stel eerst het eerste PIP op en stel het vast.",
                "There is no adopted PIP to change yet. First draft the first PIP and adopt it."));
        }

        if (pip.OpenConcept is { } concept)
        {
            return new FieldError("", new LocalizedText(
                $"Er is al een open concept (versie {concept.Versienummer}). Werk dat concept af en stel het vast voordat u een nieuwe versie maakt.",
                $"There is already an open concept (version {concept.Versienummer}). Finish and adopt that concept before you make a new version."));
        }

        return null;
    }

    /// <summary>Returns a new concept of <paramref name="soort"/> with the contents of the last vastgesteld version.</summary>
    public static PipVersie Maak(PipDossier pip, PipSoort soort, string wijzigingsreden, PipInhoud inhoud, string userId, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(pip);

        var concept = new PipVersie
        {
            Id = Guid.CreateVersion7(),
            DossierId = pip.Dossier.Id,
            Gemeente = pip.Dossier.Gemeente,
            Versienummer = pip.VolgendVersienummer,
            Soort = soort,
            Wijzigingsreden = wijzigingsreden,
            OpgesteldOp = nu,
            OpgesteldDoor = userId,
        };
        concept.VulIn(inhoud);
        return concept;
    }
}
