using System.Security.Claims;
using Host.Abstractions;

namespace SampleHost.Tenancy;

/// <summary>
/// Who the current scope works for: the logged-in user of a request, or the identity a background job sets with
/// <see cref="RunAs"/>.
/// </summary>
internal sealed class ScopeIdentity(IHttpContextAccessor httpContextAccessor)
{
    private Identity? _explicit;

    public Identity Current => _explicit ?? FromPrincipal(httpContextAccessor.HttpContext?.User);

    /// <summary>Makes this scope act for <paramref name="gemeente"/> as the user <paramref name="userId"/>, for jobs outside a request.</summary>
    /// <param name="gemeente">The gemeente to act for.</param>
    /// <param name="userId">The actor's user id.</param>
    /// <param name="displayName">The actor's name.</param>
    /// <param name="roles">The actor's roles.</param>
    /// <param name="organisation">The organisation the actor acts for (<see cref="Organisation"/>), or <see langword="null"/>.</param>
    public void RunAs(GemeenteCode gemeente, string userId, string displayName, IReadOnlySet<string> roles, string? organisation = null) =>
        _explicit = new Identity(gemeente, userId, displayName, roles) { Organisation = organisation };

    private static Identity FromPrincipal(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return Identity.Anonymous;
        }

        GemeenteCode? gemeente = GemeenteCode.TryParse(principal.FindFirstValue(HostClaimTypes.Gemeente), out var code) ? code : null;
        var roles = principal.FindAll(HostClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

        return new Identity(
            gemeente,
            principal.FindFirstValue(HostClaimTypes.UserId) ?? string.Empty,
            principal.FindFirstValue(HostClaimTypes.Name) ?? string.Empty,
            roles)
        {
            Organisation = principal.FindFirstValue(HostClaimTypes.Organisation),
        };
    }

    /// <summary>A gemeente, user and roles.</summary>
    internal sealed record Identity(GemeenteCode? Gemeente, string UserId, string DisplayName, IReadOnlySet<string> Roles)
    {
        public static Identity Anonymous { get; } = new(null, string.Empty, string.Empty, new HashSet<string>());

        public bool IsAuthenticated => UserId.Length > 0;

        /// <summary>The organisation the user acts for (<see cref="HostClaimTypes.Organisation"/>), or <see langword="null"/>.</summary>
        public string? Organisation { get; init; }
    }
}
