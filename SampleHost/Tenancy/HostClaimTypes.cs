namespace SampleHost.Tenancy;

/// <summary>The claims SampleHost puts in its login cookie.</summary>
internal static class HostClaimTypes
{
    public const string UserId = "sub";

    public const string Name = "name";

    /// <summary>The CBS gemeentecode the user works for.</summary>
    public const string Gemeente = "gemeente";

    public const string Role = "role";
}
