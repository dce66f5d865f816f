using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SampleHost.Brp.HaalCentraal;

namespace SampleHost.Brp.StandIn;

/// <summary>
/// Serves <c>POST /personen</c> of the Haal Centraal BRP Personen API from the RvIG test set, for development and
/// tests, with the moves recorded in <see cref="StandInVerhuizingen"/>. It supports the query type
/// <c>RaadpleegMetBurgerservicenummer</c> and the fields in
/// <see cref="StandInFieldSelection.SupportedPaths"/>.
/// </summary>
internal sealed class PersonenStandIn
{
    private readonly RvigTestSet _testSet;
    private readonly StandInVerhuizingen _verhuizingen;
    private readonly IOptions<BrpStandInOptions> _options;
    private readonly ILogger<PersonenStandIn> _logger;

    /// <summary>Creates the stand-in over <paramref name="testSet"/>, with the moves recorded in <paramref name="verhuizingen"/>.</summary>
    public PersonenStandIn(RvigTestSet testSet, StandInVerhuizingen verhuizingen, IOptions<BrpStandInOptions> options, ILogger<PersonenStandIn> logger)
    {
        _testSet = testSet;
        _verhuizingen = verhuizingen;
        _options = options;
        _logger = logger;
    }

    /// <summary>
    /// Checks the API key and the body, then returns the requested fields of each person found. A BSN that is not in
    /// the test set is left out of <c>personen</c>, so an unknown BSN gives an empty list.
    /// </summary>
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var instance = (request.PathBase + request.Path).Value ?? string.Empty;

        if (!HasValidApiKey(request))
        {
            Log.BrpStandInUnauthorized(_logger);
            return StandInProblems.Unauthorized(instance);
        }

        using var body = await ParseAsync(request.Body, cancellationToken);
        if (body is not { RootElement.ValueKind: JsonValueKind.Object })
        {
            Log.BrpStandInInvalidBody(_logger);
            return StandInProblems.InvalidBody(instance);
        }

        if (!StandInQueryValidator.TryValidate(body.RootElement, out var query, out var invalidParams))
        {
            Log.BrpStandInInvalidParameters(_logger, string.Join(", ", invalidParams.Select(parameter => parameter.Name)));
            return StandInProblems.InvalidParameters(invalidParams, instance);
        }

        var personen = FindPersonen(query)
            .Select(persoon => StandInFieldSelection.Select(StandInPersoonFactory.Create(persoon), query.Fields))
            .ToList();

        Log.BrpStandInReturned(_logger, query.Burgerservicenummers.Count, personen.Count);
        return Results.Json(new Response(RaadpleegMetBurgerservicenummer.TypeName, personen), HaalCentraalJson.Options);
    }

    private bool HasValidApiKey(HttpRequest request)
    {
        var expected = _options.Value.ApiKey;
        var actual = request.Headers[HaalCentraalJson.ApiKeyHeader].ToString();
        if (string.IsNullOrEmpty(expected) || actual.Length == 0)
        {
            return false;
        }

        // FixedTimeEquals compares keys of equal length in constant time, so the response time does not reveal how much
        // of a guessed key is right. A key of another length fails at once, which reveals only the length.
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(actual), Encoding.UTF8.GetBytes(expected));
    }

    private static async Task<JsonDocument?> ParseAsync(Stream body, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private IEnumerable<RvigPersoon> FindPersonen(StandInQuery query) =>
        query.Burgerservicenummers
            .Distinct(StringComparer.Ordinal)
            .Select(_testSet.Find)
            .OfType<RvigPersoon>()
            .Select(_verhuizingen.Apply)
            .Where(persoon => query.GemeenteVanInschrijving is null
                || persoon.Verblijfplaats?.GemeenteVanInschrijving == query.GemeenteVanInschrijving);

    private sealed record Response(string Type, IReadOnlyList<JsonObject> Personen);
}
