namespace SampleHost.Security;

/// <summary>Who may reach an entry point.</summary>
internal enum AccessKind
{
    /// <summary>Everyone, signed in or not.</summary>
    Anonymous,

    /// <summary>Every signed-in user, whatever the role.</summary>
    SignedIn,

    /// <summary>Signed-in users whose roles hold every one of <see cref="AccessRule.Permissions"/>.</summary>
    Permission,
}

/// <summary>The access rule of one entry point in the authorisation matrix.</summary>
/// <param name="Kind">Who may reach it.</param>
/// <param name="Permissions">The permissions that must all be held, when <paramref name="Kind"/> is <see cref="AccessKind.Permission"/>.</param>
internal sealed record AccessRule(AccessKind Kind, IReadOnlyList<string> Permissions)
{
    public static AccessRule Anonymous { get; } = new(AccessKind.Anonymous, []);

    public static AccessRule SignedIn { get; } = new(AccessKind.SignedIn, []);

    public static AccessRule For(params IReadOnlyList<string> permissions) => new(AccessKind.Permission, permissions);

    /// <summary>Returns this rule with <paramref name="permission"/> required as well.</summary>
    public AccessRule And(string permission) => For([.. Permissions, permission]);

    /// <summary>The rule as the matrix shows it, in Dutch.</summary>
    public override string ToString() => Kind switch
    {
        AccessKind.Anonymous => "iedereen",
        AccessKind.SignedIn => "elke ingelogde gebruiker",
        _ => string.Join(" + ", Permissions.Select(p => $"`{p}`")),
    };
}
