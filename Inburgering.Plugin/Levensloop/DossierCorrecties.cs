using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Registration;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Levensloop;

/// <summary>
/// Changes a dossier's wet regime or doelgroep and records each change as a <see cref="DossierCorrectie"/>. The
/// correction action and the processing of a DUO correction both use it; the caller saves.
/// </summary>
internal static class DossierCorrecties
{
    /// <summary>
    /// Checks the new values against the dossier and returns the errors per field; an empty list means the correction
    /// is allowed. A value that is <see langword="null"/> stays as it is.
    /// </summary>
    public static List<FieldError> Check(Dossier dossier, WetRegime? wetRegime, Doelgroep? doelgroep)
    {
        ArgumentNullException.ThrowIfNull(dossier);

        var errors = new List<FieldError>();
        RegistrationInputParser.CheckWetRegime(wetRegime, dossier.Koppeldatum, errors);

        // A dossier without a BSN exists only for an asielstatushouder registered on the V-nummer.
        if (doelgroep is { } nieuweDoelgroep && nieuweDoelgroep != Doelgroep.Asielstatushouder && dossier.Bsn is null)
        {
            errors.Add(new FieldError(DossierFields.Doelgroep.Key, new LocalizedText(
                "Dit dossier is op het V-nummer geregistreerd, wat alleen voor een asielstatushouder kan. Koppel eerst het BSN en corrigeer dan de doelgroep.",
                "This dossier was registered on the V-nummer, which is only possible for an asylum permit holder. Link the BSN first, then correct the target group.")));
        }

        if (errors.Count == 0 && wetRegime.GetValueOrDefault(dossier.WetRegime) == dossier.WetRegime && doelgroep.GetValueOrDefault(dossier.Doelgroep) == dossier.Doelgroep)
        {
            errors.Add(new FieldError(wetRegime is null ? DossierFields.Doelgroep.Key : DossierFields.WetRegime.Key, new LocalizedText(
                "De correctie verandert niets: het dossier heeft deze waarden al. Kies een andere waarde, of wijs een signaal van DUO af als het niets nieuws meldt.",
                "The correction changes nothing: the dossier already has these values. Choose another value, or reject a DUO signal that reports nothing new.")));
        }

        return errors;
    }

    /// <summary>
    /// Sets the values that differ from the dossier's and adds one <see cref="DossierCorrectie"/> per changed value to
    /// <paramref name="db"/>. Call <see cref="Check"/> first.
    /// </summary>
    public static void Apply(
        InburgeringDbContext db,
        Dossier dossier,
        WetRegime? wetRegime,
        Doelgroep? doelgroep,
        CorrectieBron bron,
        ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(bron);

        if (wetRegime is { } nieuwRegime && nieuwRegime != dossier.WetRegime)
        {
            Add(db, dossier, bron, CorrectieGegeven.WetRegime, dossier.WetRegime.ToString(), nieuwRegime.ToString(), logger);
            dossier.WetRegime = nieuwRegime;
        }

        if (doelgroep is { } nieuweDoelgroep && nieuweDoelgroep != dossier.Doelgroep)
        {
            Add(db, dossier, bron, CorrectieGegeven.Doelgroep, dossier.Doelgroep.ToString(), nieuweDoelgroep.ToString(), logger);
            dossier.Doelgroep = nieuweDoelgroep;
        }
    }

    private static void Add(InburgeringDbContext db, Dossier dossier, CorrectieBron bron, CorrectieGegeven gegeven, string oud, string nieuw, ILogger logger)
    {
        db.DossierCorrecties.Add(new DossierCorrectie
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            Gegeven = gegeven,
            OudeWaarde = oud,
            NieuweWaarde = nieuw,
            Reden = bron.Reden,
            Door = bron.Door,
            Op = bron.Op,
            DuoSignaalId = bron.DuoSignaalId,
        });
        Log.DossierGecorrigeerd(logger, dossier.Id, gegeven, oud, nieuw);
    }
}

/// <summary>The reason, employee and day of a correction, and the DUO signal behind it, if any.</summary>
internal sealed record CorrectieBron(string Reden, string Door, DateOnly Op, Guid? DuoSignaalId);
