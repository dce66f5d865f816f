using SampleHost.Demo;

namespace Host.Abstractions.Testing;

/// <summary>
/// The demo gemeenten and users SampleHost has in Development: one user per role of <see cref="HostRoles"/> in
/// each gemeente, logged in without a password.
/// </summary>
public static class DemoUsers
{
    /// <summary>The CBS code of Rotterdam, the first demo gemeente.</summary>
    public const string Rotterdam = "0599";

    /// <summary>The CBS code of 's-Gravenhage, the second demo gemeente.</summary>
    public const string DenHaag = "0518";

    /// <summary>The CBS codes of the demo gemeenten, in the order the login page lists them.</summary>
    public static IReadOnlyList<string> Gemeenten { get; } = [.. DemoDirectory.Gemeenten.Select(g => g.Code.Value)];

    /// <summary>Returns the user id of the demo user with <paramref name="role"/> in <paramref name="gemeente"/>.</summary>
    /// <param name="role">One of <see cref="HostRoles"/>, for example <see cref="HostRoles.Klantmanager"/>.</param>
    /// <param name="gemeente">A demo gemeente's CBS code; defaults to <see cref="Rotterdam"/>.</param>
    /// <exception cref="ArgumentException">There is no demo user with that role in that gemeente.</exception>
    public static string IdFor(string role, string gemeente = Rotterdam)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(gemeente);

        var user = DemoDirectory.Users.FirstOrDefault(u => u.Role == role && u.Gemeente.Code.Value == gemeente);
        if (user is null)
        {
            throw new ArgumentException(
                $"There is no demo user with role '{role}' in gemeente '{gemeente}'. Use one of the roles in HostRoles.All and one of the gemeenten {string.Join(", ", Gemeenten)}.",
                nameof(role));
        }

        return user.UserId;
    }
}
