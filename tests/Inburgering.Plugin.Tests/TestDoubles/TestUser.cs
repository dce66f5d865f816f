using Host.Abstractions;

namespace Inburgering.Plugin.Tests.TestDoubles;

/// <summary>
/// A logged-in employee with every permission, because the host checks permissions, not the plugin; a test can limit
/// the permissions with <see cref="Granted"/>.
/// </summary>
public sealed class TestUser : ICurrentUser
{
    public const string Id = "medewerker-17";

    public bool IsAuthenticated => true;

    public string UserId => Id;

    public string DisplayName => "Test Medewerker";

    /// <summary>The permissions the user holds, or <see langword="null"/> for all.</summary>
    public IReadOnlySet<string>? Granted { get; set; }

    /// <summary>The KvK number (and <c>/vestigingsnummer</c>) of the aanbieder the user acts for, or <see langword="null"/> for staff.</summary>
    public string? Organisation { get; set; }

    public bool HasPermission(string permission) => Granted is null || Granted.Contains(permission);
}
