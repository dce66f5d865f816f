using System.Text.Json.Nodes;

namespace SampleHost.Api.Operations;

/// <summary>
/// Builds the OpenAPI 3.0 document of the API under <c>/api/v1</c> from the operations' definitions: their paths,
/// parameters and schemas, the <c>API-Version</c> header on every response, the error responses as problem+json and
/// the API key as security scheme.
/// </summary>
internal static class ApiOpenApiDocument
{
    private const string ProblemRef = "#/components/schemas/Problem";
    private const string ValidationProblemRef = "#/components/schemas/ValidationProblem";
    private const string VersionHeaderRef = "#/components/headers/API-Version";

    public static JsonObject Build(IEnumerable<RegisteredApiOperation> operations, ApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(options);

        var list = operations.ToList();
        var paths = new JsonObject();
        foreach (var group in list.GroupBy(o => o.Definition.Path, StringComparer.Ordinal))
        {
            var item = new JsonObject();
            foreach (var operation in group)
            {
                item[operation.Definition.Method.ToString().ToLowerInvariant()] = Operation(operation);
            }

            paths["/" + group.Key] = item;
        }

        return new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = Info(options),
            ["servers"] = new JsonArray(new JsonObject { ["url"] = ApiVersion.Root, ["description"] = "Deze host" }),
            ["security"] = new JsonArray(new JsonObject { ["apiKey"] = new JsonArray() }, new JsonObject { ["bearer"] = new JsonArray() }),
            ["tags"] = new JsonArray([.. list.Select(Tag).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Select(tag => (JsonNode)new JsonObject { ["name"] = tag, ["description"] = $"De bewerkingen op {tag}." })]),
            ["paths"] = paths,
            ["components"] = Components(),
        };
    }

    private static JsonObject Info(ApiOptions options) => new()
    {
        ["title"] = "API voor ketenpartners",
        ["description"] = "De REST-API waarmee systemen van ketenpartners, zoals aanbieders, gegevens uitwisselen met de gemeente. "
            + "Elke bewerking hoort bij een plugin en is alleen beschikbaar als die plugin aan staat voor de gemeente van de API-sleutel. "
            + "Fouten zijn application/problem+json; stuur Accept-Language: en voor Engelse teksten.",
        ["version"] = ApiVersion.Full,
        ["contact"] = new JsonObject { ["name"] = options.ContactName, ["email"] = options.ContactEmail, ["url"] = options.ContactUrl },
    };

    private static JsonObject Operation(RegisteredApiOperation registered)
    {
        var definition = registered.Definition;
        var operation = new JsonObject
        {
            ["operationId"] = definition.OperationId,
            ["summary"] = definition.Summary.Nl,
            ["description"] = $"{definition.Summary.Nl} Vraagt het recht '{definition.Permission}'.",
            ["tags"] = new JsonArray(Tag(registered)),
        };

        var parameters = Parameters(registered);
        if (parameters.Count > 0)
        {
            operation["parameters"] = parameters;
        }

        if (definition.RequestSchema is { } requestSchema)
        {
            operation["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = JsonNode.Parse(requestSchema) } },
            };
        }

        operation["responses"] = Responses(registered);
        return operation;
    }

    private static JsonArray Parameters(RegisteredApiOperation registered)
    {
        var parameters = new JsonArray();
        foreach (var name in registered.PathParameters)
        {
            parameters.Add(new JsonObject
            {
                ["name"] = name,
                ["in"] = "path",
                ["required"] = true,
                ["schema"] = new JsonObject { ["type"] = "string" },
            });
        }

        foreach (var query in registered.Definition.QueryParameters)
        {
            parameters.Add(new JsonObject
            {
                ["name"] = query.Name,
                ["in"] = "query",
                ["description"] = query.Description.Nl,
                ["required"] = query.Required,
                ["schema"] = JsonNode.Parse(query.Schema),
            });
        }

        if (registered.Definition.RequiresIdempotencyKey)
        {
            parameters.Add(new JsonObject
            {
                ["name"] = ApiOperationEndpoint.IdempotencyKeyHeader,
                ["in"] = "header",
                ["description"] = "Een unieke waarde per levering, zoals een UUID. Een nieuwe poging met dezelfde waarde krijgt hetzelfde antwoord en wordt niet dubbel verwerkt.",
                ["required"] = true,
                ["schema"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
            });
        }

        return parameters;
    }

    private static JsonObject Responses(RegisteredApiOperation registered)
    {
        var definition = registered.Definition;
        var headers = new JsonObject { ["API-Version"] = new JsonObject { ["$ref"] = VersionHeaderRef } };
        if (definition.SuccessStatus == StatusCodes.Status201Created)
        {
            headers["Location"] = new JsonObject
            {
                ["description"] = "Het pad van de nieuwe bron, beginnend met /api/v1/.",
                ["schema"] = new JsonObject { ["type"] = "string" },
            };
        }

        var responses = new JsonObject
        {
            [definition.SuccessStatus.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonObject
            {
                ["description"] = definition.SuccessStatus == StatusCodes.Status201Created ? "Aangemaakt" : "Gelukt",
                ["headers"] = headers,
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = JsonNode.Parse(definition.ResponseSchema) } },
            },
        };

        int[] always = [400, 401, 403, 404, 422, 429, 500];
        int[] withBody = [409, 413, 415];
        foreach (var status in always.Concat(registered.AcceptsBody ? withBody : []).Order())
        {
            responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonObject { ["$ref"] = $"#/components/responses/{ResponseName(status)}" };
        }

        return responses;
    }

    private static JsonObject Components()
    {
        var responses = new JsonObject();
        foreach (var status in new[] { 400, 401, 403, 404, 409, 413, 415, 422, 429, 500 })
        {
            var schema = status is 400 or 422 ? ValidationProblemRef : ProblemRef;
            responses[ResponseName(status)] = new JsonObject
            {
                ["description"] = ApiProblemTexts.Title(status).Nl,
                ["headers"] = new JsonObject { ["API-Version"] = new JsonObject { ["$ref"] = VersionHeaderRef } },
                ["content"] = new JsonObject { [ApiProblemWriter.ContentType] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = schema } } },
            };
        }

        return new JsonObject
        {
            ["schemas"] = new JsonObject { ["Problem"] = ProblemSchema(), ["ValidationProblem"] = ValidationProblemSchema() },
            ["responses"] = responses,
            ["headers"] = new JsonObject
            {
                ["API-Version"] = new JsonObject
                {
                    ["description"] = "De volledige versie van de API volgens semantic versioning.",
                    ["schema"] = new JsonObject { ["type"] = "string", ["example"] = ApiVersion.Full },
                },
            },
            ["securitySchemes"] = new JsonObject
            {
                ["apiKey"] = new JsonObject
                {
                    ["type"] = "apiKey",
                    ["in"] = "header",
                    ["name"] = "X-Api-Key",
                    ["description"] = "De API-sleutel (sleutel-id.geheim) die de functioneel beheerder van de gemeente uitgaf.",
                },
                ["bearer"] = new JsonObject
                {
                    ["type"] = "http",
                    ["scheme"] = "bearer",
                    ["description"] = "Dezelfde API-sleutel als Authorization: Bearer.",
                },
            },
        };
    }

    /// <summary>The members of RFC 9457 that every error has.</summary>
    private static JsonObject ProblemSchema() => new()
    {
        ["type"] = "object",
        ["description"] = "Een fout volgens RFC 9457 (problem details).",
        ["required"] = new JsonArray("status", "title", "detail"),
        ["properties"] = new JsonObject
        {
            ["type"] = new JsonObject { ["type"] = "string", ["description"] = "Een URI die het soort fout aanduidt." },
            ["title"] = new JsonObject { ["type"] = "string", ["description"] = "Wat er misging, gelijk voor elk voorkomen." },
            ["status"] = new JsonObject { ["type"] = "integer", ["description"] = "De HTTP-statuscode." },
            ["detail"] = new JsonObject { ["type"] = "string", ["description"] = "Wat er deze keer misging en hoe het op te lossen is." },
            ["instance"] = new JsonObject { ["type"] = "string", ["description"] = "Het pad van het verzoek." },
        },
    };

    /// <summary>
    /// A problem with the <c>invalidParams</c> extension member. It extends <see cref="ProblemSchema"/> with
    /// <c>allOf</c>, because the ruleset allows no other members in the properties of a problem schema itself.
    /// </summary>
    private static JsonObject ValidationProblemSchema() => new()
    {
        ["allOf"] = new JsonArray(
            new JsonObject { ["$ref"] = ProblemRef },
            new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["invalidParams"] = new JsonObject
                    {
                        ["type"] = "array",
                        ["description"] = "De parameters of velden die niet kloppen.",
                        ["items"] = new JsonObject
                        {
                            ["type"] = "object",
                            ["required"] = new JsonArray("name", "code", "reason"),
                            ["properties"] = new JsonObject
                            {
                                ["name"] = new JsonObject { ["type"] = "string", ["description"] = "De naam van de parameter of het pad van het veld." },
                                ["code"] = new JsonObject { ["type"] = "string", ["description"] = "Een vaste code voor programma's, zoals required." },
                                ["reason"] = new JsonObject { ["type"] = "string", ["description"] = "Wat er niet klopt en hoe het op te lossen is." },
                            },
                        },
                    },
                },
            }),
    };

    private static string ResponseName(int status) => status switch
    {
        400 => "BadRequest",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "NotFound",
        409 => "Conflict",
        413 => "ContentTooLarge",
        415 => "UnsupportedMediaType",
        422 => "UnprocessableContent",
        429 => "TooManyRequests",
        _ => "InternalServerError",
    };

    /// <summary>The operation's tag: the first segment of its path, such as <c>notities</c>.</summary>
    private static string Tag(RegisteredApiOperation operation) => operation.Definition.Path.Split('/')[0];
}
