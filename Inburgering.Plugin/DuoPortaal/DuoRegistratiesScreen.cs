using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Paging;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Registration;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.DuoPortaal;

/// <summary>
/// The worklist "Registreren in het DUO-portaal": open items first, then by the date of the fact, filtered on kind and
/// status. Each row names a fact about a person, so every dossier on the page is recorded in
/// the processing log. Items of restricted or anonymised dossiers are left out.
/// </summary>
internal sealed class DuoRegistratiesScreen(InburgeringDbContext db, IProcessingLog processingLog) : IScreen
{
    public const string ScreenId = "inburgering.duo-registraties";

    /// <summary>The number of rows on one page of the list.</summary>
    internal const int PageSize = 50;

    /// <summary>
    /// Open items first, then by the date of the fact and the id. The status is stored as text, so the first key maps it
    /// to a number; the cursor contains that number, the date and the id.
    /// </summary>
    internal static KeysetOrder<DuoRegistratieRij> Order { get; } = new KeysetOrder<DuoRegistratieRij>()
        .By(r => r.Registratie.Status == DuoRegistratieStatus.Open ? 0 : 1)
        .By(r => r.Registratie.Datum)
        .By(r => r.Registratie.Id);

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Registreren in het DUO-portaal", "Register in the DUO portal"),
        HostSlots.Navigation,
        InburgeringPermissions.DuoSignalenView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var query =
            from registratie in db.DuoRegistraties.AsNoTracking()
            join dossier in db.Dossiers.AsNoTracking() on registratie.DossierId equals dossier.Id
            where dossier.BeperktOp == null && dossier.GeanonimiseerdOp == null
            select new DuoRegistratieRij { Registratie = registratie, Dossier = dossier };
        if (ParseFilter<DuoRegistratieSoort>(request.List, DuoRegistratieFields.Soort.Key) is { } soort)
        {
            query = query.Where(r => r.Registratie.Soort == soort);
        }

        if (ParseFilter<DuoRegistratieStatus>(request.List, DuoRegistratieFields.Status.Key) is { } status)
        {
            query = query.Where(r => r.Registratie.Status == status);
        }

        var pagina = await KeysetPaging.ReadAsync(query, Order, request.List.After, PageSize, cancellationToken);
        var getoond = pagina.Rows;

        foreach (var dossier in getoond.Select(r => r.Dossier).DistinctBy(d => d.Id))
        {
            await processingLog.RecordAsync(
                new ProcessingRecord(InburgeringProcessingActivities.DuoRegistratie, ProcessingOperation.Read, DossierSubject.Of(dossier)),
                cancellationToken);
        }

        var rows = getoond
            .Select(r => new ListRow(
                [r.Registratie.Status.ToString(), r.Registratie.Soort.ToString(), DuoRegistratieOmschrijving.Van(r.Registratie).Nl, r.Registratie.Datum],
                new ScreenLink(DuoRegistratieScreen.ScreenId, r.Registratie.Id.ToString())))
            .ToList();
        var list = new ListElement(
            [DuoRegistratieFields.Status, DuoRegistratieFields.Soort, DuoRegistratieFields.Omschrijving, DuoRegistratieFields.Datum],
            rows)
        {
            Filters = [DuoRegistratieFields.Soort, DuoRegistratieFields.Status],
            NextPage = pagina.Next,
            EmptyText = new LocalizedText(
                "Er zijn geen registraties voor het DUO-portaal die bij het filter passen.",
                "There are no registrations for the DUO portal that match the filter."),
        };

        var uitleg = new TextElement(new LocalizedText(
            "Registreer elk open feit in het Portaal Inburgering van DUO (via Mijn DUO) en vink het daarna hier af. Een vervallen feit is vervangen door een later feit van dezelfde soort.",
            "Register each open fact in DUO's Portaal Inburgering (through Mijn DUO), then mark it done here. A void fact was replaced by a later fact of the same kind."));

        return new ScreenContent([new ScreenSection(new LocalizedText("Te registreren feiten", "Facts to register"), [uitleg, list])]);
    }

    /// <summary>Returns the filter value as a member of <typeparamref name="TEnum"/>, or <see langword="null"/> for no or an unknown value.</summary>
    private static TEnum? ParseFilter<TEnum>(ListQuery list, string key)
        where TEnum : struct, Enum =>
        list.Filter(key) is { } code ? RegistrationInputParser.ParseChoice<TEnum>(code, key, new LocalizedText("", ""), []) : null;
}
