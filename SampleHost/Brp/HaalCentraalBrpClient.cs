using System.Text.Json;
using Host.Abstractions;
using Microsoft.Extensions.Options;
using SampleHost.Brp.HaalCentraal;

namespace SampleHost.Brp;

/// <summary>
/// Looks persons up in the Haal Centraal BRP Personen API (v2) with <c>POST {Brp:BaseUrl}/personen</c>. The BSN
/// travels only in the request body, never in a URL.
/// </summary>
internal sealed class HaalCentraalBrpClient : IBrpPersonen
{
    private const string PersonenPath = "personen";

    private static readonly string[] s_adresregelFields = ["adressering.adresregel1", "adressering.adresregel2", "adressering.adresregel3"];

    private readonly HttpClient _httpClient;
    private readonly IOptions<BrpOptions> _options;
    private readonly ILogger<HaalCentraalBrpClient> _logger;

    /// <summary>Creates the client over a typed <see cref="HttpClient"/> whose base address and timeout come from <see cref="BrpOptions"/>.</summary>
    public HaalCentraalBrpClient(HttpClient httpClient, IOptions<BrpOptions> options, ILogger<HaalCentraalBrpClient> logger)
    {
        _httpClient = httpClient;
        _options = options;
        _logger = logger;
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="fields"/> is empty; the API rejects a request without fields.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<BrpLookupResult> FindByBsnAsync(Bsn bsn, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Count == 0)
        {
            throw new ArgumentException("Ask for at least one field, such as BrpFields.Naam; the BRP rejects a request without fields.", nameof(fields));
        }

        using var request = CreateRequest(bsn, fields);

        try
        {
            using var response = await _httpClient.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return await FailedResponseAsync(response, cancellationToken);
            }

            var body = await response.Content.ReadFromJsonAsync<PersonenQueryResponse>(HaalCentraalJson.Options, cancellationToken);
            return ToResult(bsn, body);
        }
        catch (HttpRequestException exception)
        {
            Log.BrpUnreachable(_logger, _httpClient.BaseAddress, exception.HttpRequestError, exception);
            return BrpLookupResult.Failed($"The BRP at {_httpClient.BaseAddress} could not be reached ({exception.HttpRequestError}).");
        }
        catch (TaskCanceledException exception) when (exception.InnerException is TimeoutException)
        {
            // HttpClient reports its own timeout this way; a cancelled cancellationToken is not caught here.
            Log.BrpTimedOut(_logger, _httpClient.BaseAddress, _httpClient.Timeout);
            return BrpLookupResult.Failed($"The BRP request timed out after {_httpClient.Timeout.TotalSeconds:0.#} seconds; raise Brp:Timeout if the BRP is slow.");
        }
        catch (JsonException exception)
        {
            Log.BrpResponseInvalid(_logger, exception.Path ?? "$");
            return BrpLookupResult.Failed($"The BRP response could not be read at {exception.Path ?? "$"}.");
        }
    }

    // Every request includes the BSN field, so the client can check that the response is about the requested person.
    // A request for the residence also includes the API's own address lines.
    private HttpRequestMessage CreateRequest(Bsn bsn, IReadOnlyCollection<string> fields)
    {
        var requested = fields.Contains(BrpFields.Verblijfplaats) ? fields.Concat(s_adresregelFields) : fields;
        var query = new RaadpleegMetBurgerservicenummer([bsn.Value], requested.Prepend(BrpFields.Burgerservicenummer).Distinct(StringComparer.Ordinal).ToList());

        var request = new HttpRequestMessage(HttpMethod.Post, PersonenPath)
        {
            Content = JsonContent.Create(query, options: HaalCentraalJson.Options),
        };
        if (!string.IsNullOrEmpty(_options.Value.ApiKey))
        {
            request.Headers.Add(HaalCentraalJson.ApiKeyHeader, _options.Value.ApiKey);
        }

        return request;
    }

    private static BrpLookupResult ToResult(Bsn bsn, PersonenQueryResponse? body)
    {
        if (body is null)
        {
            throw new JsonException("The BRP response body is null.", "$", null, null);
        }

        if (body.Personen.Count == 0)
        {
            return BrpLookupResult.NotFound;
        }

        // Two persons for one BSN, or a person with another BSN, would risk showing someone else's data.
        if (body.Personen.Count > 1)
        {
            return BrpLookupResult.Failed($"The BRP returned {body.Personen.Count} persons for one BSN; expected at most one.");
        }

        var persoon = body.Personen[0];
        if (persoon.Burgerservicenummer is { } returned && returned != bsn.Value)
        {
            return BrpLookupResult.Failed("The BRP returned a person with another BSN than the one requested.");
        }

        return BrpLookupResult.Found(BrpPersoonMapper.ToBrpPersoon(bsn, persoon));
    }

    private async Task<BrpLookupResult> FailedResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var problem = await ReadProblemAsync(response, cancellationToken);
        var status = (int)response.StatusCode;

        Log.BrpRequestFailed(_logger, status, problem?.Code, problem?.Title);

        var text = $"The BRP request failed with status {status} ({response.ReasonPhrase})";
        if (problem?.Title is { } title)
        {
            text += $": {title}";
        }

        if (problem?.InvalidParams is { Count: > 0 } invalidParams)
        {
            text += $" Invalid parameters: {string.Join(", ", invalidParams.Select(parameter => parameter.Name))}.";
        }

        return BrpLookupResult.Failed(text.EndsWith('.') ? text : text + ".");
    }

    // Reads the problem details the API sends with an error, or returns null for any other body.
    private static async Task<Problem?> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType is not (HaalCentraalJson.ProblemMediaType or HaalCentraalJson.MediaType))
        {
            return null;
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<Problem>(HaalCentraalJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
