namespace SampleHost.Api.Operations;

/// <summary>
/// Marks the endpoint of a plugin's API operation: a signed-in caller whose role has <see cref="Permission"/>,
/// which the endpoint checks itself after the gemeente check, so a plugin that is off gives 404 before 403. The
/// authorisation matrix reads the permission from here.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class ApiOperationAccessAttribute(string permission) : Attribute
{
    public string Permission { get; } = permission;
}
