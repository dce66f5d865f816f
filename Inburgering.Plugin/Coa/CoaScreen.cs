using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Coa;

/// <summary>
/// The COA information of one asielstatushouder, opened with the dossier id: the current values of the informatieformulier
/// and every version, newest first, with the action that updates it filled with the current values. A restricted dossier
/// is refused with a notice; a dossier of another doelgroep shows why it has no COA information.
/// </summary>
internal sealed class CoaScreen(InburgeringDbContext db, IProcessingLog processingLog, ILogger<CoaScreen> logger) : IScreen
{
    private static readonly LocalizedText s_titel = new("Informatie van het COA", "Information from the COA");

    public ScreenDefinition Definition { get; } = new(DossierOnderdelen.CoaScreenId, s_titel, HostSlots.Page, InburgeringPermissions.CoaView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        var (dossier, refusal) = await DossierRead.LoadAsync(db, request, processingLog, InburgeringProcessingActivities.CoaInformatie, logger, cancellationToken);
        if (dossier is null)
        {
            return refusal;
        }

        if (!CoaDoelgroep.GeldtVoor(dossier.Doelgroep))
        {
            return new ScreenContent([new ScreenSection(s_titel, [new TextElement(GeenAsielstatushouder(dossier.Doelgroep))])])
            {
                Heading = dossier.DisplayName,
            };
        }

        var huidig = await db.CoaInformatie.AsNoTracking().SingleOrDefaultAsync(c => c.DossierId == dossier.Id, cancellationToken);
        var versies = await db.CoaInformatieVersies.AsNoTracking()
            .Where(v => v.DossierId == dossier.Id)
            .OrderBy(v => v.Versie)
            .ToListAsync(cancellationToken);

        var gegevens = huidig?.Gegevens();
        return new ScreenContent([Huidig(gegevens), Versies(versies)])
        {
            Heading = dossier.DisplayName,
            Actions = dossier.Status.IsFinal() ? [] : [CoaBijwerkenAction.ActionId],
            ActionValues = gegevens is null ? new Dictionary<string, string?>() : CoaWaarden.AlsInvoer(gegevens),
            Version = DossierEdit.VersionOf(dossier),
        };
    }

    private static ScreenSection Huidig(CoaGegevens? gegevens)
    {
        if (gegevens is null)
        {
            return new ScreenSection(s_titel, [new TextElement(new LocalizedText(
                "Er is nog geen informatieformulier van het COA vastgelegd. Voer het in of importeer een bestand met formulieren.",
                "No information form from the COA has been recorded yet. Enter it or import a file with forms."))]);
        }

        return new ScreenSection(s_titel, [.. CoaWaarden.Van(gegevens).Select(v => new FieldElement(v.Veld, v.Waarde))]);
    }

    private static ScreenSection Versies(List<CoaInformatieVersie> versies)
    {
        var rijen = new List<ListRow>();
        CoaGegevens? vorige = null;
        foreach (var versie in versies)
        {
            var gegevens = versie.Gegevens();
            rijen.Add(new ListRow([versie.Versie, versie.GewijzigdOp, versie.GewijzigdDoor, versie.Bron.ToString(), CoaWaarden.Verschillen(vorige, gegevens)], null));
            vorige = gegevens;
        }

        rijen.Reverse();
        var lijst = new ListElement([CoaFields.Versie, CoaFields.GewijzigdOp, CoaFields.GewijzigdDoor, CoaFields.Bron, CoaFields.GewijzigdeVelden], rijen)
        {
            EmptyText = new LocalizedText("Nog geen versies.", "No versions yet."),
        };
        return new ScreenSection(new LocalizedText("Geschiedenis van wijzigingen", "History of changes"), [lijst]);
    }

    private static LocalizedText GeenAsielstatushouder(Doelgroep doelgroep)
    {
        var label = DossierFields.Doelgroep.ChoiceLabel(doelgroep.ToString()) ?? new LocalizedText(doelgroep.ToString(), doelgroep.ToString());
        return new LocalizedText(
            $"Het COA levert alleen informatie over asielstatushouders. Deze inburgeraar hoort bij de doelgroep {label.Nl.ToLowerInvariant()}.",
            $"The COA supplies information only about asylum permit holders. This person belongs to the target group {label.En.ToLowerInvariant()}.");
    }
}
