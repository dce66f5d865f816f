using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Paging;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Registration;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Screens;

/// <summary>
/// The gemeente's inburgeraars, newest registration first, keyset-paged and filterable on status, with the actions to
/// register and to search.
/// </summary>
internal sealed class DossiersScreen(InburgeringDbContext db, IProcessingLog processingLog) : IScreen
{
    public const string ScreenId = "inburgering.dossiers";

    /// <summary>The status filter; it offers the dossier statuses, not "Beperkt", because a restricted dossier shows no status.</summary>
    internal static FieldDefinition StatusFilter { get; } =
        new("status", new LocalizedText("Status", "Status"), FieldType.Choice) { Choices = DossierStatusNames.Choices };

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Inburgeraars", "Integration clients"),
        HostSlots.Navigation,
        InburgeringPermissions.DossierView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var status = ParseStatus(request.List.Filter(StatusFilter.Key));
        var page = await KeysetPaging.ReadAsync(DossierLijst.Query(db, status), DossierLijst.Order, request.List.After, DossierLijst.PageSize, cancellationToken);
        var dossiers = page.Rows;

        // The list shows names and BSNs, so every person shown is one Read in the processing log. A restricted dossier
        // shows only that it is restricted, which reads none of its data.
        var reads = dossiers
            .Where(d => !d.IsBeperkt)
            .Select(d => new ProcessingRecord(InburgeringProcessingActivities.Dossierbeheer, ProcessingOperation.Read, DossierSubject.Of(d)));
        await processingLog.RecordAllAsync([.. reads], cancellationToken);

        var rows = dossiers
            .Select(d => new ListRow(
                d.IsBeperkt
                    ? [null, null, null, DossierFields.BeperktStatusCode, null]
                    : [d.DisplayName, d.Bsn, d.Doelgroep.ToString(), d.Status.ToString(), d.Koppeldatum],
                d.IsBeperkt ? null : new ScreenLink(DossierScreen.ScreenId, d.Id.ToString())))
            .ToList();

        var list = new ListElement(
            [DossierFields.Naam, DossierFields.Bsn, DossierFields.Doelgroep, DossierFields.Status, DossierFields.Koppeldatum],
            rows)
        {
            Filters = [StatusFilter],
            NextPage = page.Next,
            EmptyText = status is null
                ? new LocalizedText(
                    "Er zijn nog geen inburgeraars geregistreerd in deze gemeente.",
                    "No integration clients have been registered in this municipality yet.")
                : new LocalizedText(
                    "Er zijn geen inburgeraars met deze status.",
                    "There are no integration clients with this status."),
        };

        return new ScreenContent([new ScreenSection(new LocalizedText("Geregistreerde inburgeraars", "Registered integration clients"), [list])])
        {
            Actions = [RegistreerInburgeraarAction.ActionId, ZoekDossierAction.ActionId],
        };
    }

    /// <summary>Returns the status the filter names, or <see langword="null"/> for no filter or an unknown value.</summary>
    private static DossierStatus? ParseStatus(string? code) =>
        code is not null && Enum.GetNames<DossierStatus>().Contains(code, StringComparer.Ordinal) ? Enum.Parse<DossierStatus>(code) : null;
}
