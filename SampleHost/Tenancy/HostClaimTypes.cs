namespace SampleHost.Tenancy;

/// <summary>
/// The claims of a SampleHost user: in the login cookie after the demo login or an OpenID Connect sign-in, and on
/// each API request with a key, where <see cref="UserId"/> is <c>api-client:{id}</c>.
/// </summary>
internal static class HostClaimTypes
{
    public const string UserId = "sub";

    public const string Name = "name";

    /// <summary>The CBS gemeentecode the user works for.</summary>
    public const string Gemeente = "gemeente";

    public const string Role = "role";

    /// <summary>
    /// The external organisation the user acts for, such as an aanbieder: its KvK number, optionally with
    /// <c>/</c> and the vestigingsnummer (<see cref="Organisation"/>). Absent for the gemeente's own staff.
    /// </summary>
    public const string Organisation = "organisatie";
}
