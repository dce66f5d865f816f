namespace Host.Abstractions;

/// <summary>
/// Where a screen appears and who may open it.
/// </summary>
/// <param name="Id">A unique id prefixed with the plugin id, for example <c>inburgering.dossier</c>.</param>
/// <param name="Title">The title in the navigation and above the screen.</param>
/// <param name="Slot">One of <see cref="HostSlots"/>.</param>
/// <param name="ViewPermission">The permission needed to open the screen.</param>
public sealed record ScreenDefinition(string Id, LocalizedText Title, string Slot, string ViewPermission)
{
    /// <summary>The position among the screens of the same slot; lower comes first. Defaults to 0.</summary>
    public int Order { get; init; }
}
