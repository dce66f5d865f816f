namespace Host.Abstractions;

/// <summary>
/// The version of the host contract this assembly defines.
/// </summary>
/// <remarks>
/// A plugin's manifest declares the range of Host API versions it supports. Within a major version the
/// contract only grows: new members and types are added, nothing is removed or changed. The assembly version
/// stays at <c>major.0.0.0</c> for the whole major, so the runtime binds a plugin built against 1.0 to a 1.3 host.
/// </remarks>
public static class HostApi
{
    /// <summary>The semantic version of this contract, for example <c>1.0.0</c>.</summary>
    public static SemanticVersion Version { get; } = new(1, 0, 0);
}
