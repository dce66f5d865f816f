using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.BredeIntake;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Pip;

/// <summary>
/// The PIP of a dossier: the current vastgesteld version, an open concept, the deadline for the first PIP with its
/// basis and extension, the inburgeringstermijn, and every version with a link to its beschikking. The record id is
/// the dossier id.
/// </summary>
internal sealed class PipScreen(InburgeringDbContext db, BredeIntakeUitkomstQuery intake, IProcessingLog processingLog, ILogger<PipScreen> logger) : IScreen
{
    public ScreenDefinition Definition { get; } = new(
        DossierOnderdelen.PipScreenId,
        new LocalizedText("PIP (persoonlijk plan inburgering en participatie)", "PIP (personal integration and participation plan)"),
        HostSlots.Page,
        InburgeringPermissions.PipView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!Guid.TryParse(request.RecordId, out var dossierId))
        {
            return null;
        }

        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == dossierId && d.GeanonimiseerdOp == null, cancellationToken);
        if (dossier is null)
        {
            return null;
        }

        if (dossier.IsBeperkt)
        {
            Log.RestrictedDossierRefused(logger, dossier.Id);
            return BeperkingNotice.Content;
        }

        await processingLog.RecordAsync(new ProcessingRecord(InburgeringProcessingActivities.Pip, ProcessingOperation.Read, DossierSubject.Of(dossier)), cancellationToken);

        var versies = await db.PipVersies.AsNoTracking().Where(v => v.DossierId == dossier.Id).OrderBy(v => v.Versienummer).ToListAsync(cancellationToken);
        var verlenging = await db.PipVerlengingen.AsNoTracking().SingleOrDefaultAsync(v => v.DossierId == dossier.Id, cancellationToken);
        var pip = new PipDossier(dossier, versies, verlenging);

        return new ScreenContent(
        [
            HuidigSection(pip),
            .. ConceptSection(pip),
            PipTermijnSection(pip),
            InburgeringstermijnSection(dossier),
            VersiesSection(versies),
        ])
        {
            Heading = dossier.DisplayName,
            Actions = ActionsFor(pip),
            ActionValues = ActionValuesFor(pip, (await intake.FindAsync(pip.Dossier.Id, cancellationToken))?.GekozenLeerroute),
            Version = DossierEdit.VersionOf(dossier),
        };
    }

    private static ScreenSection HuidigSection(PipDossier pip)
    {
        if (pip.LaatsteVastgesteld is not { } huidig)
        {
            return new ScreenSection(
                new LocalizedText("Huidig PIP", "Current PIP"),
                [new TextElement(new LocalizedText("Er is nog geen vastgesteld PIP.", "There is no adopted PIP yet."))]);
        }

        return new ScreenSection(
            new LocalizedText($"Huidig PIP (versie {huidig.Versienummer})", $"Current PIP (version {huidig.Versienummer})"),
            [
                new FieldElement(PipFields.Dagtekening, huidig.Dagtekening),
                new FieldElement(PipFields.Soort, huidig.Soort.ToString()),
                new FieldElement(PipFields.Wijzigingsreden, huidig.Wijzigingsreden),
                .. PipFields.Elements(huidig.Inhoud),
            ]);
    }

    private static IEnumerable<ScreenSection> ConceptSection(PipDossier pip)
    {
        if (pip.OpenConcept is not { } concept)
        {
            yield break;
        }

        yield return new ScreenSection(
            new LocalizedText($"Concept (versie {concept.Versienummer}, nog niet vastgesteld)", $"Concept (version {concept.Versienummer}, not adopted yet)"),
            [
                new FieldElement(PipFields.Soort, concept.Soort.ToString()),
                new FieldElement(PipFields.Wijzigingsreden, concept.Wijzigingsreden),
                .. PipFields.Elements(concept.Inhoud),
                new FieldElement(PipFields.InzetAangetoond, concept.InzetAangetoond),
                new FieldElement(PipFields.InzetToelichting, concept.InzetToelichting),
                new FieldElement(PipFields.Nt2Uren, concept.Nt2UrenBijAfschalen),
            ]);
    }

    private static ScreenSection PipTermijnSection(PipDossier pip)
    {
        var termijn = pip.Termijn;
        var elements = new List<ScreenElement>();
        if (pip.Dossier.DagtekeningEerstePip is { } eerste)
        {
            var opTijd = termijn.UitersteDatum is not { } uiterste || eerste <= uiterste;
            elements.Add(new TextElement(opTijd
                ? new LocalizedText("Het eerste PIP is binnen de termijn vastgesteld.", "The first PIP was adopted within the deadline.")
                : new LocalizedText("Het eerste PIP is na de uiterste datum vastgesteld.", "The first PIP was adopted after the deadline.")));
        }

        elements.AddRange(
        [
            new FieldElement(PipFields.Stand, termijn.Stand.ToString()),
            new FieldElement(PipFields.UitersteDatum, termijn.UitersteDatum),
            new FieldElement(PipFields.Basis, termijn.Basis?.ToString()),
            new FieldElement(PipFields.Basisdatum, termijn.Basisdatum),
            new FieldElement(PipFields.DuoKennisgevingOp, pip.Dossier.DuoKennisgevingOp),
            new FieldElement(PipFields.BrpInschrijving, pip.Dossier.BrpInschrijvingsdatum),
            new FieldElement(PipFields.OorspronkelijkeUitersteDatum, termijn.OorspronkelijkeUitersteDatum),
        ]);

        if (pip.Verlenging is { } verlenging)
        {
            elements.Add(new FieldElement(PipFields.Derde, verlenging.Derde));
            elements.Add(new FieldElement(PipFields.WachtSinds, verlenging.WachtSinds));
            elements.Add(new FieldElement(PipFields.InformatieOntvangenOp, verlenging.InformatieOntvangenOp));
        }

        return new ScreenSection(new LocalizedText("Uiterste datum eerste PIP", "Deadline for the first PIP"), elements);
    }

    private static ScreenSection InburgeringstermijnSection(Dossier dossier)
    {
        if (dossier.Termijn is not { } termijn)
        {
            return new ScreenSection(
                new LocalizedText("Inburgeringstermijn", "Integration term"),
                [new TextElement(new LocalizedText(
                    "De inburgeringstermijn begint op de dag na de dagtekening van het eerste PIP.",
                    "The integration term starts on the day after the date of the first PIP."))]);
        }

        return new ScreenSection(
            new LocalizedText("Inburgeringstermijn", "Integration term"),
            [
                new FieldElement(PipFields.TermijnStart, termijn.Start),
                new FieldElement(PipFields.TermijnLaatsteDag, termijn.LaatsteDag),
                new FieldElement(PipFields.LaatsteSchakeldag, termijn.LaatsteSchakeldag),
            ]);
    }

    private static ScreenSection VersiesSection(IReadOnlyList<PipVersie> versies) =>
        new(
            new LocalizedText("Versies", "Versions"),
            [
                new ListElement(
                    [PipFields.Versienummer, PipFields.Status, PipFields.Soort, PipFields.Dagtekening, PipFields.Leerroute, PipFields.Wijzigingsreden],
                    [
                        .. versies.OrderByDescending(v => v.Versienummer).Select(v => new ListRow(
                            [v.Versienummer, v.Status.ToString(), v.Soort.ToString(), v.Dagtekening, v.Leerroute.ToString(), v.Wijzigingsreden],
                            new ScreenLink(PipBeschikkingScreen.ScreenId, v.Id.ToString()))),
                    ])
                {
                    EmptyText = new LocalizedText("Er is nog geen PIP opgesteld.", "No PIP has been drafted yet."),
                },
            ]);

    private static List<string> ActionsFor(PipDossier pip)
    {
        if (pip.Dossier.Status.IsFinal())
        {
            return [];
        }

        var actions = new List<string>();
        if (pip.OpenConcept is not null || pip.LaatsteVastgesteld is null)
        {
            actions.Add(PipConceptAction.ActionId);
        }

        if (pip.OpenConcept is not null)
        {
            actions.Add(PipVaststellenAction.ActionId);
        }

        if (pip.OpenConcept is null && pip.LaatsteVastgesteld is { } huidig)
        {
            actions.Add(PipWijzigenAction.ActionId);
            actions.Add(PipSchakelenAction.ActionId);
            if (huidig.Leerroute == Leerroute.B1Route && huidig.Niveau == PipNiveau.B1)
            {
                actions.Add(PipAfschalenAction.ActionId);
            }
        }

        actions.Add(DuoKennisgevingAction.ActionId);
        if (pip.Dossier.DagtekeningEerstePip is null && pip.Dossier.DuoKennisgevingOp is not null)
        {
            actions.Add(PipVerlengingAction.ActionId);
            if (pip.Verlenging is not null)
            {
                actions.Add(PipInformatieOntvangenAction.ActionId);
            }
        }

        return actions;
    }

    /// <summary>Returns the values that fill the forms: the open concept or the last PIP, else the leerroute the brede intake chose.</summary>
    private static Dictionary<string, string?> ActionValuesFor(PipDossier pip, Leerroute? intakeLeerroute)
    {
        var values = new Dictionary<string, string?>();
        if ((pip.OpenConcept ?? pip.LaatsteVastgesteld) is { } basis)
        {
            foreach (var (key, value) in PipFields.Values(basis.Inhoud))
            {
                values[key] = value;
            }
        }
        else if (intakeLeerroute is { } leerroute)
        {
            values[PipFields.Leerroute.Key] = leerroute.ToString();
        }

        values[PipFields.DuoKennisgevingOp.Key] = pip.Dossier.DuoKennisgevingOp?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (pip.Verlenging is { } verlenging)
        {
            values[PipFields.Derde.Key] = verlenging.Derde;
            values[PipFields.WachtSinds.Key] = verlenging.WachtSinds.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        return values;
    }
}
