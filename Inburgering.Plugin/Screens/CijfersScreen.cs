using Host.Abstractions;
using Inburgering.Plugin.Dashboard;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Screens;

/// <summary>
/// The gemeente's inburgering in figures, on the start page: counts only, never a person, so a beleidsmedewerker can
/// see it without access to any dossier. Small groups show "minder dan 5" instead of their count (see
/// <see cref="KleineAantallen"/>). Every chart's numbers are also shown as a table by the host.
/// </summary>
internal sealed class CijfersScreen(InburgeringDbContext db, TimeProvider clock) : IScreen
{
    public const string ScreenId = "inburgering.cijfers";

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Inburgering in cijfers", "Civic integration in figures"),
        HostSlots.Dashboard,
        InburgeringPermissions.CijfersView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        var vandaag = AmsterdamTime.Today(clock);
        var dossiers = db.Dossiers.AsNoTracking().Where(d => d.GeanonimiseerdOp == null);

        var perStatus = await dossiers
            .GroupBy(d => d.Status)
            .Select(group => new { Status = group.Key, Count = group.Count() })
            .ToDictionaryAsync(g => g.Status, g => (long)g.Count, cancellationToken);
        var perDoelgroep = await dossiers
            .GroupBy(d => d.Doelgroep)
            .Select(group => new { Doelgroep = group.Key, Count = group.Count() })
            .ToDictionaryAsync(g => g.Doelgroep, g => (long)g.Count, cancellationToken);

        return new ScreenContent(
        [
            Verdeling(
                new LocalizedText("Dossiers per status", "Dossiers per status"),
                [.. Enum.GetValues<DossierStatus>().Select(s => (DossierStatusNames.Name(s), perStatus.GetValueOrDefault(s)))],
                withTotal: true),
            Verdeling(
                new LocalizedText("Dossiers per doelgroep", "Dossiers per target group"),
                [.. DossierFields.DoelgroepChoices.Select(c => (c.Label, perDoelgroep.GetValueOrDefault(Enum.Parse<Doelgroep>(c.Code))))],
                withTotal: false),
            Verdeling(
                new LocalizedText("Dossiers per leerroute", "Dossiers per learning route"),
                await DossiersPerLeerroute.TelAsync(db, cancellationToken),
                withTotal: false),
            EerstePipBinnenTermijn.Sectie(await EerstePipBinnenTermijn.TelAsync(db, cancellationToken)),
            Verdeling(
                new LocalizedText("Verlopen termijnen", "Passed deadlines"),
                await VerlopenTermijnen.TelAsync(db, vandaag, cancellationToken),
                withTotal: false),
            new ScreenSection(
                new LocalizedText("Gevolgde uren", "Hours followed"),
                [await UrenPerMaand.GrafiekAsync(db, vandaag, cancellationToken)]),
        ]);
    }

    /// <summary>Returns a section with a counter per category and a bar chart of the categories that are large enough.</summary>
    private static ScreenSection Verdeling(LocalizedText title, IReadOnlyList<(LocalizedText Label, long Count)> categories, bool withTotal)
    {
        var elements = new List<ScreenElement>();
        if (withTotal)
        {
            elements.Add(new CounterElement(new LocalizedText("Dossiers", "Dossiers"), categories.Sum(c => c.Count)));
        }

        elements.AddRange(categories.Select(c => KleineAantallen.Teller(c.Label, c.Count)));
        if (KleineAantallen.Staafdiagram(title, new LocalizedText("Dossiers", "Dossiers"), categories) is { } chart)
        {
            elements.Add(chart);
        }

        return new ScreenSection(title, elements);
    }
}
