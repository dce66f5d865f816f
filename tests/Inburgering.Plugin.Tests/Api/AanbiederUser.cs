using Host.Abstractions;
using Inburgering.Plugin.Security;

namespace Inburgering.Plugin.Tests.Api;

/// <summary>An aanbieder's API client: it acts for <see cref="Organisation"/> and has the permission to deliver.</summary>
internal sealed class AanbiederUser : ICurrentUser
{
    public const string Id = "api-client-90059901";

    public bool IsAuthenticated => true;

    public string UserId => Id;

    public string DisplayName => "Taalschool API";

    public string? Organisation { get; set; } = "90059901";

    public bool HasPermission(string permission) => permission == InburgeringPermissions.Aanleveren;
}
