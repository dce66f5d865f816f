using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.BredeIntake;

/// <summary>
/// The brede intake of one dossier, opened with the dossier id: every part with its values and whether it is filled
/// in, the advice of the leerbaarheidstoets and the chosen leerroute. While the intake is open it offers one action per
/// part, with the form filled with the saved values, the choice of the leerroute, and completing the intake. Health is
/// left out for a user without <see cref="InburgeringPermissions.Gezondheid"/>. A restricted dossier is refused.
/// </summary>
internal sealed class BredeIntakeScreen(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    ILogger<BredeIntakeScreen> logger) : IScreen
{
    public const string ScreenId = DossierOnderdelen.BredeIntakeScreenId;

    /// <summary>The prefix of the ids of the intake's actions.</summary>
    public const string ActionPrefix = "inburgering.brede-intake.";

    public const string Ingevuld = "Ingevuld";

    public const string NietIngevuld = "NietIngevuld";

    private static readonly IReadOnlyList<ChoiceOption> s_statusChoices =
    [
        new(Ingevuld, new LocalizedText("Ingevuld", "Filled in")),
        new(NietIngevuld, new LocalizedText("Nog niet ingevuld", "Not filled in yet")),
    ];

    private static readonly FieldDefinition s_onderdeel = new("onderdeel", new LocalizedText("Onderdeel", "Part"), FieldType.Choice)
    {
        Privacy = PrivacyClass.Normal,
        Choices = [.. IntakeOnderdelen.All.Select(o => new ChoiceOption(o.Key, o.Naam))],
    };

    private static readonly FieldDefinition s_status = new("onderdeelStatus", new LocalizedText("Status", "Status"), FieldType.Choice)
    {
        Privacy = PrivacyClass.Normal,
        Choices = s_statusChoices,
    };

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Brede intake", "Broad intake"),
        HostSlots.Page,
        InburgeringPermissions.IntakeView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!Guid.TryParse(request.RecordId, out var dossierId))
        {
            return null;
        }

        var dossier = await db.Dossiers.AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == dossierId && d.GeanonimiseerdOp == null, cancellationToken);
        if (dossier is null)
        {
            return null;
        }

        if (dossier.IsBeperkt)
        {
            Log.RestrictedIntakeRefused(logger, dossier.Id);
            return BeperkingNotice.Content;
        }

        var saved = await db.BredeIntakes.AsNoTracking().SingleOrDefaultAsync(i => i.DossierId == dossier.Id, cancellationToken);

        await processingLog.RecordAsync(
            new ProcessingRecord(InburgeringProcessingActivities.BredeIntake, ProcessingOperation.Read, DossierSubject.Of(dossier)),
            cancellationToken);

        var intake = saved ?? new BredeIntake { DossierId = dossier.Id, Gemeente = dossier.Gemeente };
        var zichtbaar = IntakeOnderdelen.All.Where(MayOpen).ToList();
        var editable = !intake.IsAfgerond && !dossier.Status.IsFinal() && user.HasPermission(InburgeringPermissions.IntakeEdit);

        return new ScreenContent(
            [
                OverzichtSection(intake, dossier),
                .. IntakeOnderdelen.All.Select(onderdeel => OnderdeelSection(onderdeel, intake)),
                LeerrouteSection(intake),
            ])
        {
            Heading = dossier.DisplayName,
            Actions = editable ? [.. zichtbaar.Select(o => o.ActionId), KiesLeerrouteAction.ActionId, RondBredeIntakeAfAction.ActionId] : [],
            ActionValues = editable ? FormValues(intake, zichtbaar) : new Dictionary<string, string?>(),
            Version = IntakeEdit.VersionOf(saved),
        };
    }

    private bool MayOpen(IntakeOnderdeel onderdeel) => onderdeel.ExtraPermission is not { } permission || user.HasPermission(permission);

    private static ScreenSection OverzichtSection(BredeIntake intake, Dossier dossier)
    {
        var elements = new List<ScreenElement> { new TextElement(Toelichting(intake, dossier)) };
        if (intake.AfgerondOp is { } afgerondOp)
        {
            elements.Add(new FieldElement(LeerrouteKeuze.Afgerond, afgerondOp));
        }

        elements.Add(new ListElement(
            [s_onderdeel, s_status],
            [.. IntakeOnderdelen.All.Select(o => new ListRow([o.Key, StatusCode(o, intake)], null))]));

        return new ScreenSection(new LocalizedText("Brede intake", "Broad intake"), elements);
    }

    private static LocalizedText Toelichting(BredeIntake intake, Dossier dossier)
    {
        if (intake.AfgerondOp is { } afgerondOp)
        {
            var datum = afgerondOp.ToString("d-M-yyyy", CultureInfo.InvariantCulture);
            return new LocalizedText(
                $"De brede intake is afgerond op {datum}. Ze is alleen nog te lezen, omdat het PIP erop voortbouwt.",
                $"The broad intake was completed on {datum}. It is read-only now, because the PIP builds on it.");
        }

        if (dossier.Status.IsFinal())
        {
            return new LocalizedText(
                "Het dossier is afgesloten; de brede intake is alleen nog te lezen.",
                "The dossier is closed; the broad intake is read-only.");
        }

        return new LocalizedText(
            "Vul de onderdelen in, in elke volgorde, en kies de leerroute voor het PIP. Rond de brede intake af als alles is ingevuld; daarna is ze alleen nog te lezen.",
            "Fill in the parts, in any order, and choose the learning route for the PIP. Complete the broad intake when everything is filled in; after that it is read-only.");
    }

    private ScreenSection OnderdeelSection(IntakeOnderdeel onderdeel, BredeIntake intake)
    {
        var status = new FieldElement(s_status with { Key = $"{onderdeel.Key}Status" }, StatusCode(onderdeel, intake));
        if (!MayOpen(onderdeel))
        {
            return new ScreenSection(onderdeel.Naam,
            [
                status,
                new TextElement(new LocalizedText(
                    "U hebt geen toegang tot dit onderdeel, omdat het bijzondere persoonsgegevens bevat.",
                    "You have no access to this part, because it contains special categories of personal data.")),
            ]);
        }

        return new ScreenSection(onderdeel.Naam, [status, .. onderdeel.Toon(intake)]);
    }

    private static ScreenSection LeerrouteSection(BredeIntake intake) =>
        new(
            new LocalizedText("Leerroute voor het PIP", "Learning route for the PIP"),
            [
                new FieldElement(LeerrouteKeuze.Advies, RouteAdvies.Voor(intake.Toetsuitslag)?.ToString()),
                new FieldElement(LeerrouteKeuze.GekozenLeerroute, intake.GekozenLeerroute?.ToString()),
                new FieldElement(LeerrouteKeuze.Afwijkingsreden, intake.Afwijkingsreden),
            ]);

    private static Dictionary<string, string?> FormValues(BredeIntake intake, IEnumerable<IntakeOnderdeel> onderdelen)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, value) in onderdelen.SelectMany(o => o.FormValues(intake)))
        {
            values.Add(key, value);
        }

        values.Add(LeerrouteKeuze.GekozenLeerroute.Key, intake.GekozenLeerroute?.ToString());
        values.Add(LeerrouteKeuze.Afwijkingsreden.Key, intake.Afwijkingsreden);
        return values;
    }

    private static string StatusCode(IntakeOnderdeel onderdeel, BredeIntake intake) =>
        onderdeel.IsIngevuld(intake) ? Ingevuld : NietIngevuld;
}
