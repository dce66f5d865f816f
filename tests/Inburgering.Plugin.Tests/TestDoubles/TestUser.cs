using Host.Abstractions;

namespace Inburgering.Plugin.Tests.TestDoubles;

/// <summary>A logged-in employee with every permission, because the host checks permissions, not the plugin.</summary>
public sealed class TestUser : ICurrentUser
{
    public const string Id = "medewerker-17";

    public bool IsAuthenticated => true;

    public string UserId => Id;

    public string DisplayName => "Test Medewerker";

    public bool HasPermission(string permission) => true;
}
