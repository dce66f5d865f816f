using Host.Abstractions;
using SampleHost.Security;

namespace SampleHost.Demo;

/// <summary>The two demo gemeenten and one demo user per role in each, for the Development login page.</summary>
internal static class DemoDirectory
{
    public static IReadOnlyList<DemoGemeente> Gemeenten { get; } =
    [
        new(GemeenteCode.Parse("0599"), "Rotterdam"),
        new(GemeenteCode.Parse("0518"), "'s-Gravenhage"),
    ];

    public static IReadOnlyList<DemoUser> Users { get; } =
    [
        .. Gemeenten.SelectMany(gemeente => HostRoles.All.Select(role => new DemoUser(
            $"demo-{gemeente.Code.Value}-{role}",
            $"{RoleNames.For(role).Nl} ({gemeente.Naam})",
            gemeente,
            role))),
    ];

    /// <summary>The actor the processing log names for demo data that SampleHost seeds at start-up.</summary>
    public const string SeederUserId = "demo-seeder";

    public static DemoUser? FindUser(string? userId) => Users.FirstOrDefault(u => u.UserId == userId);
}

/// <summary>A demo gemeente.</summary>
internal sealed record DemoGemeente(GemeenteCode Code, string Naam);

/// <summary>A demo user with one role in one gemeente.</summary>
internal sealed record DemoUser(string UserId, string DisplayName, DemoGemeente Gemeente, string Role);
