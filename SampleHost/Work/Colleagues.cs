using Host.Abstractions;
using SampleHost.Demo;
using SampleHost.Security;

namespace SampleHost.Work;

/// <summary>A user of the gemeente who may handle tasks in the work queue.</summary>
/// <param name="UserId">The host's user id, as stored in <see cref="Workflows.WorkItemRecord.AssignedTo"/>.</param>
/// <param name="DisplayName">The name to show.</param>
internal sealed record Colleague(string UserId, string DisplayName);

/// <summary>The users a task can be assigned to, per gemeente.</summary>
internal interface IColleagueDirectory
{
    /// <summary>Returns the users of <paramref name="gemeente"/> who hold <see cref="HostPermissions.WorkQueueHandle"/>, or none when the host does not know its users.</summary>
    IReadOnlyList<Colleague> ForGemeente(GemeenteCode gemeente);
}

/// <summary>
/// The demo users of Development, who log in on the demo login page. Outside Development staff sign in with OpenID
/// Connect, and the host receives a user's name only at that user's own sign-in, so there is no list to choose from.
/// </summary>
internal sealed class DemoColleagueDirectory(RolePermissions rolePermissions) : IColleagueDirectory
{
    public IReadOnlyList<Colleague> ForGemeente(GemeenteCode gemeente) =>
    [
        .. DemoDirectory.Users
            .Where(u => u.Gemeente.Code == gemeente)
            .Where(u => rolePermissions.Grants(new HashSet<string>([u.Role], StringComparer.Ordinal), HostPermissions.WorkQueueHandle))
            .Select(u => new Colleague(u.UserId, u.DisplayName)),
    ];
}

/// <summary>The directory outside Development: empty, so the work queue offers only "assign to me" and "release".</summary>
internal sealed class NoColleagueDirectory : IColleagueDirectory
{
    public IReadOnlyList<Colleague> ForGemeente(GemeenteCode gemeente) => [];
}
