using System.Text.Json;
using Host.Abstractions;
using Inburgering.Plugin.Bestandsimport;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Api;

/// <summary>
/// <c>GET leveringen/{leveringId}</c>: one delivery of the caller's aanbieders with its errors, by the <c>id</c> the
/// API returned. A delivery of another aanbieder or gemeente gets the same 404 as an id that does not exist.
/// </summary>
internal sealed class GetLeveringOperation(EigenAanbieders eigenAanbieders, InburgeringDbContext db, IProcessingLog processingLog) : IApiOperation
{
    /// <summary>The most errors the response lists, in the order of row and column, with the errors of a whole row first.</summary>
    public const int MaxFouten = 1000;

    public ApiOperationDefinition Definition { get; } = new(
        "leveringOphalen",
        ApiMethod.Get,
        "leveringen/{leveringId}",
        InburgeringPermissions.Aanleveren,
        new LocalizedText(
            $"Geeft één levering van uw organisatie met de eerste {MaxFouten} fouten; leveringId is het veld id uit het antwoord op de levering.",
            $"Returns one delivery of your organisation with its first {MaxFouten} errors; leveringId is the field id of the delivery's response."))
    {
        ResponseSchema = AanbiedersApiSchemas.Levering,
    };

    public async Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!request.PathValues.TryGetValue("leveringId", out var tekst) || !Guid.TryParse(tekst, out var leveringId))
        {
            return ApiResponse.NotFound();
        }

        var aanbiederIds = await eigenAanbieders.IdsAsync(cancellationToken);
        if (aanbiederIds is null)
        {
            return ApiProblems.GeenAanbieder();
        }

        var levering = await db.Leveringen.AsNoTracking()
            .SingleOrDefaultAsync(l => l.Id == leveringId && aanbiederIds.Contains(l.AanbiederId), cancellationToken);
        if (levering is null)
        {
            return ApiResponse.NotFound();
        }

        var fouten = await db.LeveringFouten.AsNoTracking()
            .Where(f => f.LeveringId == levering.Id)
            .OrderBy(f => f.Regelnummer)
            .ThenBy(f => f.Kolom == null ? 0 : 1)
            .ThenBy(f => f.Kolom)
            .ThenBy(f => f.Id)
            .Take(MaxFouten)
            .ToListAsync(cancellationToken);

        // An error's value may be a BSN that this aanbieder delivered itself; returning it is a read of that person's data.
        await GetoondeBsns.RegistreerAsync(processingLog, fouten.Select(f => f.Waarde), cancellationToken);

        var body = new LeveringDto(
            levering.Id,
            levering.Referentie,
            ApiCodes.Kanaal(levering.Kanaal),
            ApiCodes.Modus(levering.Modus),
            ApiCodes.Status(levering.Status),
            levering.AantalRegels,
            levering.AantalVerwerkt,
            levering.AantalGeweigerd,
            levering.OntvangenOp,
            [.. fouten.Select(f => new LeveringFoutDto(
                f.Regelnummer,
                f.Kolom is null ? null : ApiCodes.Veld(f.Kolom),
                f.Waarde,
                f.Code,
                new MeldingDto(f.MeldingNl, f.MeldingEn)))]);
        return ApiResponse.Success(200, JsonSerializer.SerializeToUtf8Bytes(body, AanbiedersApiJson.Default.LeveringDto));
    }
}
