namespace Host.Abstractions;

/// <summary>
/// The person on whose behalf the current request runs. The processing log records this person as the actor.
/// </summary>
public interface ICurrentUser
{
    /// <summary>Whether a person is logged in.</summary>
    bool IsAuthenticated { get; }

    /// <summary>The host's stable id of the user; never a BSN or an e-mail address.</summary>
    string UserId { get; }

    /// <summary>The name to show on screens.</summary>
    string DisplayName { get; }

    /// <summary>Returns whether the user holds <paramref name="permission"/> in the current gemeente.</summary>
    /// <param name="permission">A permission name, for example <c>inburgering.dossier.view</c>.</param>
    bool HasPermission(string permission);

    /// <summary>
    /// The external organisation the user acts for, such as a language school that signs in through eHerkenning or
    /// with an API key: its KvK number, followed by <c>/</c> and the vestigingsnummer when the login names a branch
    /// (<c>12345678/000012345678</c>). <see langword="null"/> for the gemeente's own staff.
    /// </summary>
    string? Organisation => null;
}
