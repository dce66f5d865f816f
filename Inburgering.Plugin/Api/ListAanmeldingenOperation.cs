using System.Text.Json;
using Host.Abstractions;
using Inburgering.Plugin.Security;

namespace Inburgering.Plugin.Api;

/// <summary><c>GET aanmeldingen</c>: the students referred to the caller's aanbieders, one page at a time.</summary>
internal sealed class ListAanmeldingenOperation(EigenAanbieders eigenAanbieders, AanmeldingenQuery aanmeldingen) : IApiOperation
{
    public const string Pad = "aanmeldingen";

    public ApiOperationDefinition Definition { get; } = new(
        "aanmeldingenOphalen",
        ApiMethod.Get,
        Pad,
        InburgeringPermissions.Aanleveren,
        new LocalizedText(
            "Geeft de cursisten die de gemeente bij uw organisatie aanmeldde, per onderdeel, op startdatum.",
            "Returns the students the gemeente referred to your organisation, per onderdeel, by start date."))
    {
        QueryParameters = Paginering.QueryParameters,
        ResponseSchema = AanbiedersApiSchemas.AanmeldingenPagina,
    };

    public async Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (paginering, fouten) = Paginering.Lees(request, AanmeldingenQuery.Order);
        if (paginering is null)
        {
            return ApiProblems.OngeldigeParameters(fouten);
        }

        var aanbiederIds = await eigenAanbieders.IdsAsync(cancellationToken);
        if (aanbiederIds is null)
        {
            return ApiProblems.GeenAanbieder();
        }

        var (rows, volgende) = await aanmeldingen.LeesAsync(aanbiederIds, null, paginering.Cursor, paginering.Grootte, cancellationToken);

        var pagina = new AanmeldingenPaginaDto(rows, paginering.Links(Pad, volgende));
        return ApiResponse.Success(200, JsonSerializer.SerializeToUtf8Bytes(pagina, AanbiedersApiJson.Default.AanmeldingenPaginaDto));
    }
}
