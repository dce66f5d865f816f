using System.Text.Json;
using Host.Abstractions;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Api;

/// <summary>
/// <c>POST leveringen</c>: a delivery of attendance and progress from the aanbieder's system. The rows get the same
/// validation and processing as a file. The <c>Idempotency-Key</c> is the delivery's reference, so a repeat of the same
/// request is recognised and imports nothing twice.
/// </summary>
internal sealed class AddLeveringOperation(
    EigenAanbieders eigenAanbieders,
    ILeveringVerwerker verwerker,
    InburgeringDbContext db,
    ICurrentUser user,
    ILogger<AddLeveringOperation> logger) : IApiOperation
{
    /// <summary>The longest reference a delivery can have, as the <c>leveringen</c> table stores it.</summary>
    public const int MaxReferentieLengte = 100;

    public ApiOperationDefinition Definition { get; } = new(
        "leveringToevoegen",
        ApiMethod.Post,
        "leveringen",
        InburgeringPermissions.Aanleveren,
        new LocalizedText(
            $"Levert aanwezigheid en voortgang aan, ten hoogste {LeveringVerzoekLezer.MaxRegels} regels per verzoek, met dezelfde controles als een bestand. De Idempotency-Key is de referentie van de levering: dezelfde levering nog eens sturen telt niets dubbel.",
            $"Delivers attendance and progress, at most {LeveringVerzoekLezer.MaxRegels} rows per request, with the same checks as a file. The Idempotency-Key is the delivery's reference: sending the same delivery again counts nothing twice."))
    {
        RequestSchema = AanbiedersApiSchemas.LeveringVerzoek,
        ResponseSchema = AanbiedersApiSchemas.LeveringUitkomst,
        SuccessStatus = 201,
        RequiresIdempotencyKey = true,
    };

    public async Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var sleutelFout = ControleerSleutel(request.IdempotencyKey);
        if (sleutelFout is not null)
        {
            return ApiProblems.OngeldigeBody(sleutelFout);
        }

        var sleutel = request.IdempotencyKey!;
        var (verzoek, vormFout) = await LeveringVerzoekLezer.LeesAsync(request.Body, cancellationToken);
        if (verzoek is null || vormFout is not null)
        {
            Log.ApiBodyInvalid(logger, vormFout!.Name);
            return ApiProblems.OngeldigeBody(vormFout);
        }

        var (modus, veldFout) = ControleerVelden(verzoek, sleutel);
        if (veldFout is not null)
        {
            Log.ApiBodyInvalid(logger, veldFout.Name);
            return ApiProblems.OngeldigeBody(veldFout);
        }

        // One connection for the whole request. EF Core would otherwise open one per query, and each open costs a
        // round trip that binds the connection to the gemeente. The context closes it when the request ends.
        await db.Database.OpenConnectionAsync(cancellationToken);

        // Without a savepoint around each save in the delivery's transaction, which costs two round trips per save. The
        // delivery rolls back its whole transaction on any failed save, so it never needs to resume from a savepoint.
        db.Database.AutoSavepointsEnabled = false;

        var aanbiederIds = await eigenAanbieders.IdsAsync(cancellationToken);
        if (aanbiederIds is null || user.Organisation is not { } organisatie)
        {
            return ApiProblems.GeenAanbieder();
        }

        var regels = LeveringRegelMapping.NaarRegels(verzoek.Regels!, sleutel, organisatie);
        var invoer = new LeveringInvoer(LeveringKanaal.Api, sleutel, modus, null) { Bsns = Bsns(verzoek.Regels!) };
        var uitkomst = await verwerker.VerwerkAsync(
            invoer,
            () => regels.ToAsyncEnumerable(),
            cancellationToken);

        return Antwoord(uitkomst, sleutel, modus, regels.Count);
    }

    private ApiResponse Antwoord(LeveringUitkomst uitkomst, string sleutel, LeveringModus modus, int aantalRegels)
    {
        if (uitkomst.Geweigerd is { } reden)
        {
            Log.ApiLeveringRejected(logger, aantalRegels);
            return ApiResponse.Failure(409, new LocalizedText("Levering geweigerd", "Delivery rejected"), reden, LeveringProblemen.OngeldigeRegels(uitkomst.Fouten));
        }

        Log.ApiLeveringProcessed(logger, uitkomst.LeveringId, uitkomst.Status, uitkomst.AantalVerwerkt, uitkomst.AantalRegels, uitkomst.Herhaald);
        var location = $"leveringen/{uitkomst.LeveringId}";

        if (uitkomst.Status == LeveringStatus.Geweigerd)
        {
            return LeveringProblemen.RegelsOngeldig(uitkomst.Fouten) with { Location = location };
        }

        var body = new LeveringUitkomstDto(
            uitkomst.LeveringId,
            sleutel,
            ApiCodes.Modus(modus),
            ApiCodes.Status(uitkomst.Status),
            uitkomst.AantalRegels,
            uitkomst.AantalVerwerkt,
            uitkomst.AantalRegels - uitkomst.AantalVerwerkt,
            [.. uitkomst.Fouten.Select(LeveringProblemen.FoutDto)]);
        var json = JsonSerializer.SerializeToUtf8Bytes(body, AanbiedersApiJson.Default.LeveringUitkomstDto);

        return ApiResponse.Success(uitkomst.Herhaald ? 200 : 201, json) with { Location = location };
    }

    /// <summary>
    /// Returns the valid BSNs of the rows, normalised as the row validation normalises them, so the delivery's check
    /// loads only the referrals of these students. A row with an invalid BSN fails its validation anyway.
    /// </summary>
    private static HashSet<string> Bsns(IReadOnlyList<LeveringVerzoekRegel?> regels)
    {
        var bsns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var regel in regels)
        {
            if (Bsn.TryParse(regel?.Bsn, out var bsn, out _))
            {
                bsns.Add(bsn.Value);
            }
        }

        return bsns;
    }

    private static ApiInvalidParameter? ControleerSleutel(string? sleutel)
    {
        if (string.IsNullOrWhiteSpace(sleutel))
        {
            return new ApiInvalidParameter("Idempotency-Key", "verplicht", new LocalizedText(
                "Stuur de header Idempotency-Key met uw eigen, unieke referentie van deze levering.",
                "Send the Idempotency-Key header with your own unique reference of this delivery."));
        }

        if (sleutel.Length > MaxReferentieLengte)
        {
            return new ApiInvalidParameter("Idempotency-Key", "te-lang", new LocalizedText(
                $"De Idempotency-Key is {sleutel.Length} tekens lang; gebruik ten hoogste {MaxReferentieLengte} tekens.",
                $"The Idempotency-Key is {sleutel.Length} characters long; use at most {MaxReferentieLengte} characters."));
        }

        return null;
    }

    private static (LeveringModus Modus, ApiInvalidParameter? Fout) ControleerVelden(LeveringVerzoek verzoek, string sleutel)
    {
        if (verzoek.LeveringId is { } leveringId && !string.Equals(leveringId, sleutel, StringComparison.Ordinal))
        {
            return (default, new ApiInvalidParameter("leveringId", "afwijkend", new LocalizedText(
                "leveringId moet gelijk zijn aan de header Idempotency-Key; laat het veld weg of geef dezelfde waarde.",
                "leveringId must equal the Idempotency-Key header; leave the field out or give the same value.")));
        }

        if (verzoek.Modus is null)
        {
            return (LeveringModus.AllesOfNiets, null);
        }

        if (ApiCodes.ParseModus(verzoek.Modus) is { } modus)
        {
            return (modus, null);
        }

        return (default, new ApiInvalidParameter("modus", "ongeldig", new LocalizedText(
            $"Geef modus als {ApiCodes.AllesOfNiets} (de standaard: één foute regel weigert de hele levering) of {ApiCodes.GeldigeRegels} (de geldige regels worden verwerkt).",
            $"Give modus as {ApiCodes.AllesOfNiets} (the default: one wrong row rejects the whole delivery) or {ApiCodes.GeldigeRegels} (the valid rows are imported).")));
    }
}
