using Host.Abstractions;
using Inburgering.Plugin.Paging;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Registration;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.DuoSignalen;

/// <summary>
/// The inbox of DUO signals, newest first, filtered on kind and status. The rows show no person, so the list is no
/// processing of personal data; opening a row is. Filters travel in the URL, so there is no filter on BSN or V-nummer.
/// </summary>
internal sealed class DuoSignalenScreen(InburgeringDbContext db) : IScreen
{
    public const string ScreenId = "inburgering.duo-signalen";

    /// <summary>The number of rows on one page of the list.</summary>
    internal const int PageSize = 50;

    /// <summary>Newest received first; the cursor contains the receipt date, the entry moment and the signal id.</summary>
    internal static KeysetOrder<DuoSignaal> Order { get; } = new KeysetOrder<DuoSignaal>()
        .By(s => s.OntvangenOp, descending: true)
        .By(s => s.IngevoerdOp, descending: true)
        .By(s => s.Id, descending: true);

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Signalen van DUO", "Signals from DUO"),
        HostSlots.Navigation,
        InburgeringPermissions.DuoSignalenView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var query = db.DuoSignalen.AsNoTracking();
        if (ParseFilter<DuoSignaalSoort>(request.List, DuoSignaalFields.Soort.Key) is { } soort)
        {
            query = query.Where(s => s.Soort == soort);
        }

        if (ParseFilter<DuoSignaalStatus>(request.List, DuoSignaalFields.Status.Key) is { } status)
        {
            query = query.Where(s => s.Status == status);
        }

        var page = await KeysetPaging.ReadAsync(query, Order, request.List.After, PageSize, cancellationToken);

        var rows = page.Rows
            .Select(s => new ListRow(
                [s.OntvangenOp, s.Kennisgevingsdatum, s.Soort.ToString(), s.Status.ToString()],
                new ScreenLink(DuoSignaalScreen.ScreenId, s.Id.ToString())))
            .ToList();
        var list = new ListElement(
            [DuoSignaalFields.OntvangenOp, DuoSignaalFields.Kennisgevingsdatum, DuoSignaalFields.Soort, DuoSignaalFields.Status],
            rows)
        {
            Filters = [DuoSignaalFields.Soort, DuoSignaalFields.Status],
            NextPage = page.Next,
            EmptyText = new LocalizedText(
                "Er zijn geen signalen van DUO die bij het filter passen.",
                "There are no signals from DUO that match the filter."),
        };

        var sjabloon = new DownloadElement(
            new LocalizedText("Sjabloon voor de import downloaden (CSV)", "Download the import template (CSV)"),
            DuoSignalenSjabloonDownload.DownloadId,
            null);

        return new ScreenContent([new ScreenSection(new LocalizedText("Inbox met signalen van DUO", "Inbox of signals from DUO"), [list, sjabloon])])
        {
            Actions = [VoerDuoSignaalInAction.ActionId, ImporteerDuoSignalenAction.ActionId],
        };
    }

    /// <summary>Returns the filter value as a member of <typeparamref name="TEnum"/>, or <see langword="null"/> for no or an unknown value.</summary>
    private static TEnum? ParseFilter<TEnum>(ListQuery list, string key)
        where TEnum : struct, Enum =>
        list.Filter(key) is { } code ? RegistrationInputParser.ParseChoice<TEnum>(code, key, new LocalizedText("", ""), []) : null;
}
