using System.Text.Json;
using Host.Abstractions;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Paging;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Api;

/// <summary><c>GET leveringen</c>: the deliveries of the caller's aanbieders through every channel, newest first.</summary>
internal sealed class ListLeveringenOperation(EigenAanbieders eigenAanbieders, InburgeringDbContext db) : IApiOperation
{
    public const string Pad = "leveringen";

    /// <summary>Newest first; the cursor contains the receipt moment and the delivery id. The index (gemeente, aanbieder_id, ontvangen_op, id) serves it.</summary>
    internal static KeysetOrder<Levering> Order { get; } = new KeysetOrder<Levering>()
        .By(l => l.OntvangenOp, descending: true)
        .By(l => l.Id, descending: true);

    public ApiOperationDefinition Definition { get; } = new(
        "leveringenOphalen",
        ApiMethod.Get,
        Pad,
        InburgeringPermissions.Aanleveren,
        new LocalizedText(
            "Geeft de leveringen van uw organisatie, via bestand, portaal en API, de nieuwste eerst.",
            "Returns your organisation's deliveries, by file, portal and API, newest first."))
    {
        QueryParameters = Paginering.QueryParameters,
        ResponseSchema = AanbiedersApiSchemas.LeveringenPagina,
    };

    public async Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (paginering, fouten) = Paginering.Lees(request, Order);
        if (paginering is null)
        {
            return ApiProblems.OngeldigeParameters(fouten);
        }

        var aanbiederIds = await eigenAanbieders.IdsAsync(cancellationToken);
        if (aanbiederIds is null)
        {
            return ApiProblems.GeenAanbieder();
        }

        var page = await KeysetPaging.ReadAsync(Query(db, aanbiederIds), Order, paginering.Cursor, paginering.Grootte, cancellationToken);

        var pagina = new LeveringenPaginaDto(
            [.. page.Rows.Select(l => new LeveringOverzichtDto(
                l.Id,
                l.Referentie,
                ApiCodes.Kanaal(l.Kanaal),
                ApiCodes.Modus(l.Modus),
                ApiCodes.Status(l.Status),
                l.AantalRegels,
                l.AantalVerwerkt,
                l.AantalGeweigerd,
                l.OntvangenOp))],
            paginering.Links(Pad, page.Next));
        return ApiResponse.Success(200, JsonSerializer.SerializeToUtf8Bytes(pagina, AanbiedersApiJson.Default.LeveringenPaginaDto));
    }

    /// <summary>
    /// Returns the deliveries of <paramref name="aanbiederIds"/>, before ordering and paging. Most callers have one
    /// aanbieder, and PostgreSQL walks the index (gemeente, aanbieder_id, ontvangen_op, id) in order only for an
    /// equality, not for an <c>= ANY</c> over a list.
    /// </summary>
    internal static IQueryable<Levering> Query(InburgeringDbContext db, IReadOnlyCollection<Guid> aanbiederIds)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(aanbiederIds);

        if (aanbiederIds.Count == 1)
        {
            var aanbiederId = aanbiederIds.Single();
            return db.Leveringen.AsNoTracking().Where(l => l.AanbiederId == aanbiederId);
        }

        return db.Leveringen.AsNoTracking().Where(l => aanbiederIds.Contains(l.AanbiederId));
    }
}
