using System.Globalization;
using System.Text.Json;
using Host.Abstractions;

namespace Showcase.Plugin.Api;

/// <summary>
/// <c>POST notities</c>: adds a note to the caller's gemeente. A retry with the same <c>Idempotency-Key</c> returns
/// the note added the first time, with 201 again.
/// </summary>
internal sealed class NotitieToevoegenOperation(NotitieStore store, ITenantContext tenant) : IApiOperation
{
    /// <summary>The longest note text, in characters.</summary>
    public const int MaxTekstLength = 500;

    public ApiOperationDefinition Definition { get; } = new("notitieToevoegen", ApiMethod.Post, "notities", ShowcasePermissions.Edit, new("Voegt een notitie toe.", "Adds a note."))
    {
        RequestSchema = """{"type":"object","required":["tekst"],"properties":{"tekst":{"type":"string","maxLength":500,"description":"De tekst van de notitie."}}}""",
        ResponseSchema = NotitieJson.Schema,
        SuccessStatus = 201,
        RequiresIdempotencyKey = true,
    };

    public async Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (tenant.Current is not { } gemeente || request.IdempotencyKey is not { } key)
        {
            return ApiResponse.NotFound();
        }

        var tekst = await ReadTekstAsync(request.Body, cancellationToken);
        if (string.IsNullOrWhiteSpace(tekst) || tekst.Length > MaxTekstLength)
        {
            return ApiResponse.Failure(
                422,
                new("Ongeldige notitie", "Invalid note"),
                invalidParameters: [new ApiInvalidParameter("tekst", "required", new(
                    $"Vul de tekst in, met ten hoogste {MaxTekstLength} tekens.",
                    $"Fill in the text, with at most {MaxTekstLength} characters."))]);
        }

        var (notitie, _) = store.Add(gemeente, key, tekst.Trim());
        return ApiResponse.Success(201, NotitieJson.Serialize(notitie)) with
        {
            Location = "notities/" + notitie.Id.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Returns the body's <c>tekst</c>, or <see langword="null"/> when the body is missing, not a JSON object or has no text.</summary>
    private static async Task<string?> ReadTekstAsync(Stream? body, CancellationToken cancellationToken)
    {
        if (body is null)
        {
            return null;
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("tekst", out var tekst)
                && tekst.ValueKind == JsonValueKind.String
                ? tekst.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
