using SampleHost.Brp.HaalCentraal;

namespace SampleHost.Brp.StandIn;

/// <summary>The stand-in's error responses, shaped as the Personen API's problem details.</summary>
internal static class StandInProblems
{
    private const string BadRequestType = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1";
    private const string UnauthorizedType = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2";

    /// <summary>
    /// Creates a 400 response that lists <paramref name="invalidParams"/>. Its code is <c>paramsCombination</c> when
    /// parameters are only missing, and <c>paramsValidation</c> otherwise, as in the real API.
    /// </summary>
    public static IResult InvalidParameters(IReadOnlyList<InvalidParam> invalidParams, string instance)
    {
        var onlyMissing = invalidParams.All(parameter => parameter.Code == "required");
        var names = string.Join(", ", invalidParams.Select(parameter => parameter.Name));

        return Create(new Problem
        {
            Type = BadRequestType,
            Title = onlyMissing ? "A required parameter is missing." : "One or more parameters are invalid.",
            Status = StatusCodes.Status400BadRequest,
            Detail = $"Invalid parameters: {names}.",
            Instance = instance,
            Code = onlyMissing ? "paramsCombination" : "paramsValidation",
            InvalidParams = invalidParams,
        });
    }

    /// <summary>Creates a 400 response for a body that is not a JSON object.</summary>
    public static IResult InvalidBody(string instance) => Create(new Problem
    {
        Type = BadRequestType,
        Title = "The request body is not a JSON object.",
        Status = StatusCodes.Status400BadRequest,
        Detail = "Send a JSON object with type, burgerservicenummer and fields.",
        Instance = instance,
        Code = "badRequest",
    });

    /// <summary>Creates a 401 response for a missing or wrong API key.</summary>
    public static IResult Unauthorized(string instance) => Create(new Problem
    {
        Type = UnauthorizedType,
        Title = "The API key is missing or wrong.",
        Status = StatusCodes.Status401Unauthorized,
        Detail = $"Send the key of the setting Brp:StandIn:ApiKey in the {HaalCentraalJson.ApiKeyHeader} header.",
        Instance = instance,
        Code = "unauthorized",
    });

    private static IResult Create(Problem problem) =>
        Results.Json(problem, HaalCentraalJson.Options, HaalCentraalJson.ProblemMediaType, problem.Status);
}
