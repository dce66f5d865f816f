using System.Text.Json;
using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Api;

/// <summary><c>GET leveringen</c>: the deliveries of the caller's aanbieders through every channel, newest first.</summary>
internal sealed class ListLeveringenOperation(EigenAanbieders eigenAanbieders, InburgeringDbContext db) : IApiOperation
{
    public const string Pad = "leveringen";

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

        var (paginering, fouten) = Paginering.Lees(request);
        if (paginering is null)
        {
            return ApiProblems.OngeldigeParameters(fouten);
        }

        var aanbiederIds = await eigenAanbieders.IdsAsync(cancellationToken);
        if (aanbiederIds is null)
        {
            return ApiProblems.GeenAanbieder();
        }

        // Reading one row past the page shows whether a next page exists.
        var leveringen = await db.Leveringen.AsNoTracking()
            .Where(l => aanbiederIds.Contains(l.AanbiederId))
            .OrderByDescending(l => l.OntvangenOp)
            .ThenByDescending(l => l.Id)
            .Skip(paginering.Overslaan)
            .Take(paginering.Grootte + 1)
            .ToListAsync(cancellationToken);
        var heeftVolgende = leveringen.Count > paginering.Grootte;

        var pagina = new LeveringenPaginaDto(
            [.. leveringen.Take(paginering.Grootte).Select(l => new LeveringOverzichtDto(
                l.Id,
                l.Referentie,
                ApiCodes.Kanaal(l.Kanaal),
                ApiCodes.Modus(l.Modus),
                ApiCodes.Status(l.Status),
                l.AantalRegels,
                l.AantalVerwerkt,
                l.AantalGeweigerd,
                l.OntvangenOp))],
            paginering.Links(Pad, heeftVolgende));
        return ApiResponse.Success(200, JsonSerializer.SerializeToUtf8Bytes(pagina, AanbiedersApiJson.Default.LeveringenPaginaDto));
    }
}
