using Host.Abstractions;

namespace Inburgering.Plugin.Dossiers;

internal static class DossierSubject
{
    /// <summary>Returns the person of a dossier for the processing log: by BSN, or by V-nummer before the BSN is known.</summary>
    public static DataSubject Of(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);

        return dossier.Bsn is { } bsn
            ? DataSubject.FromBsn(Bsn.Parse(bsn))
            : new DataSubject(DataSubjectIdTypes.VNummer, dossier.VNummer ?? throw new InvalidOperationException($"Dossier {dossier.Id} has neither a BSN nor a V-nummer."));
    }
}
