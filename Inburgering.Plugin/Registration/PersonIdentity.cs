using Host.Abstractions;
using Inburgering.Plugin.Dossiers;

namespace Inburgering.Plugin.Registration;

/// <summary>How the person is identified: by BSN, or by V-nummer before the BRP has a BSN.</summary>
internal sealed record PersonIdentity(Bsn? Bsn, VNummer? VNummer, DataSubject Subject, LocalizedText AlreadyExistsMessage)
{
    public static PersonIdentity ForBsn(Bsn bsn) => new(bsn, null, DataSubject.FromBsn(bsn), new LocalizedText(
        "Er bestaat al een dossier voor dit BSN in deze gemeente. Het formulier is niet opgeslagen; hieronder staat het bestaande dossier.",
        "A dossier for this BSN already exists in this municipality. The form was not saved; the existing dossier is shown below."));

    public static PersonIdentity ForVNummer(VNummer vnummer) => new(
        null,
        vnummer,
        new DataSubject(DataSubjectIdTypes.VNummer, vnummer.Value),
        new LocalizedText(
            "Er bestaat al een dossier voor dit V-nummer in deze gemeente. Het formulier is niet opgeslagen; hieronder staat het bestaande dossier.",
            "A dossier for this V-nummer already exists in this municipality. The form was not saved; the existing dossier is shown below."));
}
