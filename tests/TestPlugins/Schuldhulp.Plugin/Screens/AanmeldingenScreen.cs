using System.Globalization;
using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Schuldhulp.Plugin.Aanmeldingen;
using Schuldhulp.Plugin.Persistence;

namespace Schuldhulp.Plugin.Screens;

/// <summary>The gemeente's aanmeldingen for schuldhulpverlening, newest registration first, with the action to register one.</summary>
internal sealed class AanmeldingenScreen(
    SchuldhulpDbContext db,
    IClientDirectory clients,
    IProcessingLog processingLog,
    TimeProvider timeProvider) : IScreen
{
    public const string ScreenId = "schuldhulp.aanmeldingen";

    // TODO: page through the aanmeldingen; the list shows only the newest MaxRows.
    internal const int MaxRows = 50;

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Schuldhulp", "Debt counselling"),
        HostSlots.Navigation,
        SchuldhulpPermissions.AanmeldingView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        var aanmeldingen = await db.Aanmeldingen
            .AsNoTracking()
            .OrderByDescending(a => a.GeregistreerdOp)
            .ThenBy(a => a.Id)
            .Take(MaxRows)
            .ToListAsync(cancellationToken);

        var rows = new List<ListRow>(aanmeldingen.Count);
        var reads = new List<ProcessingRecord>(aanmeldingen.Count);
        foreach (var aanmelding in aanmeldingen)
        {
            // The host keeps the client's BSN and name; a client the host no longer finds in this gemeente is
            // shown without them.
            var client = await clients.FindAsync(aanmelding.ClientId, cancellationToken);
            rows.Add(new ListRow([client?.Name, client?.Bsn, aanmelding.Aanmelddatum], null));
            reads.Add(new ProcessingRecord(
                SchuldhulpProcessingActivities.Aanmelding,
                ProcessingOperation.Read,
                client is null ? new DataSubject(DataSubjectIdTypes.Internal, aanmelding.ClientId) : DataSubject.FromBsn(client.Bsn)));
        }

        // The list shows names and BSNs, so every person shown is one Read in the processing log.
        await processingLog.RecordAllAsync(reads, cancellationToken);

        var list = new ListElement([AanmeldingFields.Naam, AanmeldingFields.Bsn, AanmeldingFields.Aanmelddatum], rows)
        {
            EmptyText = new LocalizedText(
                "Er zijn nog geen aanmeldingen voor schuldhulp in deze gemeente.",
                "There are no applications for debt counselling in this municipality yet."),
        };

        var today = AmsterdamTime.Today(timeProvider).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ScreenContent([new ScreenSection(new LocalizedText("Aanmeldingen", "Applications"), [list])])
        {
            Actions = [RegistreerAanmeldingAction.ActionId],
            ActionValues = new Dictionary<string, string?> { [AanmeldingFields.Aanmelddatum.Key] = today },
        };
    }
}
