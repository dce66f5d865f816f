using System.Text.Json;
using Host.Abstractions;

namespace Showcase.Plugin.Api;

/// <summary><c>GET notities</c>: the notes of the caller's gemeente, optionally only those that contain a word.</summary>
internal sealed class NotitiesLijstOperation(NotitieStore store, ITenantContext tenant) : IApiOperation
{
    public ApiOperationDefinition Definition { get; } = new("notitiesLijst", ApiMethod.Get, "notities", ShowcasePermissions.View, new("Somt de notities van de gemeente op.", "Lists the gemeente's notes."))
    {
        QueryParameters = [new ApiQueryParameter("bevat", new("Alleen notities met deze tekst.", "Only notes that contain this text."))],
        ResponseSchema = """{"type":"object","required":["notities"],"properties":{"notities":{"type":"array","items":""" + NotitieJson.Schema + "}}}",
    };

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (tenant.Current is not { } gemeente)
        {
            return Task.FromResult(ApiResponse.NotFound());
        }

        var bevat = request.QueryValue("bevat");
        var notities = store.List(gemeente).Where(n => bevat is null || n.Tekst.Contains(bevat, StringComparison.OrdinalIgnoreCase));
        var json = JsonSerializer.SerializeToUtf8Bytes(new { notities = notities.Select(NotitieJson.ToObject) });
        return Task.FromResult(ApiResponse.Success(200, json));
    }
}
