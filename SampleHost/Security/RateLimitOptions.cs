namespace SampleHost.Security;

/// <summary>The request limits, from the configuration section <c>RateLimiting</c>.</summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Whether requests are limited at all; defaults to <see langword="true"/>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The number of requests one signed-in user, or one IP address without a login, may make per
    /// <see cref="Window"/>; defaults to 300. Static files are not counted.
    /// </summary>
    public int PermitLimit { get; set; } = 300;

    /// <summary>The window of <see cref="PermitLimit"/>; defaults to one minute.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The number of login posts (to <see cref="LoginPaths"/>) one IP address may make per <see cref="LoginWindow"/>; defaults to 10.</summary>
    public int LoginPermitLimit { get; set; } = 10;

    /// <summary>The window of <see cref="LoginPermitLimit"/>; defaults to five minutes.</summary>
    public TimeSpan LoginWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The paths whose POST requests count as logins: the Development login and the OpenID Connect callback.</summary>
    public IList<string> LoginPaths { get; } = ["/inloggen", "/signin-oidc"];
}
