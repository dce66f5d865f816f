using System.Globalization;
using Host.Abstractions;

namespace Showcase.Plugin.Api;

/// <summary><c>GET notities/{notitieId}</c>: one note of the caller's gemeente; a note of another gemeente is not found.</summary>
internal sealed class NotitieOphalenOperation(NotitieStore store, ITenantContext tenant) : IApiOperation
{
    public ApiOperationDefinition Definition { get; } = new("notitieOphalen", ApiMethod.Get, "notities/{notitieId}", ShowcasePermissions.View, new("Haalt één notitie op.", "Gets one note."))
    {
        ResponseSchema = NotitieJson.Schema,
    };

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (tenant.Current is not { } gemeente
            || !int.TryParse(request.PathValues["notitieId"], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || store.Find(gemeente, id) is not { } notitie)
        {
            return Task.FromResult(ApiResponse.NotFound());
        }

        return Task.FromResult(ApiResponse.Success(200, NotitieJson.Serialize(notitie)));
    }
}
