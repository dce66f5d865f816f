using Host.Abstractions;

namespace Inburgering.Plugin.Dossiers;

internal static class DossierSubject
{
    /// <summary>Returns the person of a dossier for the processing log: by BSN, or by V-nummer before the BSN is known.</summary>
    public static DataSubject Of(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);

        return Of(dossier.Id, dossier.Bsn, dossier.VNummer);
    }

    /// <summary>Returns the person of dossier <paramref name="dossierId"/> from the two columns that identify the person.</summary>
    public static DataSubject Of(Guid dossierId, string? bsn, string? vNummer) =>
        bsn is not null
            ? DataSubject.FromBsn(Bsn.Parse(bsn))
            : new DataSubject(DataSubjectIdTypes.VNummer, vNummer ?? throw new InvalidOperationException($"Dossier {dossierId} has neither a BSN nor a V-nummer."));
}
