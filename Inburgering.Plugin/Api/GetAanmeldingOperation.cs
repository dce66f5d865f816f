using System.Text.Json;
using Host.Abstractions;
using Inburgering.Plugin.Security;

namespace Inburgering.Plugin.Api;

/// <summary>
/// <c>GET aanmeldingen/{aanmeldingId}</c>: one student referred to the caller's aanbieders. An id of another aanbieder
/// or another gemeente gets the same 404 as an id that does not exist.
/// </summary>
internal sealed class GetAanmeldingOperation(EigenAanbieders eigenAanbieders, AanmeldingenQuery aanmeldingen) : IApiOperation
{
    public ApiOperationDefinition Definition { get; } = new(
        "aanmeldingOphalen",
        ApiMethod.Get,
        "aanmeldingen/{aanmeldingId}",
        InburgeringPermissions.Aanleveren,
        new LocalizedText("Geeft één aanmelding van een cursist bij uw organisatie.", "Returns one referral of a student to your organisation."))
    {
        ResponseSchema = AanbiedersApiSchemas.Aanmelding,
    };

    public async Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!request.PathValues.TryGetValue("aanmeldingId", out var tekst) || !Guid.TryParse(tekst, out var aanmeldingId))
        {
            return ApiResponse.NotFound();
        }

        var aanbiederIds = await eigenAanbieders.IdsAsync(cancellationToken);
        if (aanbiederIds is null)
        {
            return ApiProblems.GeenAanbieder();
        }

        var (rows, _) = await aanmeldingen.LeesAsync(aanbiederIds, aanmeldingId, null, 1, cancellationToken);
        if (rows.Count == 0)
        {
            return ApiResponse.NotFound();
        }

        return ApiResponse.Success(200, JsonSerializer.SerializeToUtf8Bytes(rows[0], AanbiedersApiJson.Default.AanmeldingDto));
    }
}
