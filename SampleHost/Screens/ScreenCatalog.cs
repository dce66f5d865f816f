using Host.Abstractions;
using SampleHost.Plugins;

namespace SampleHost.Screens;

/// <summary>
/// The screens, actions and record fields of the loaded plugins, as the current user may see them. A contribution
/// of a plugin that is not loaded, or not enabled in the user's gemeente, is never returned.
/// </summary>
internal sealed class ScreenCatalog(
    IEnumerable<IScreen> screens,
    IEnumerable<IActionHandler> actions,
    IEnumerable<IRecordFieldProvider> fieldProviders,
    PluginAvailability availability,
    ICurrentUser user)
{
    private readonly IScreen[] _screens = [.. screens.Where(availability.IsAvailable)];
    private readonly IActionHandler[] _actions = [.. actions.Where(availability.IsAvailable)];
    private readonly IRecordFieldProvider[] _fieldProviders = [.. fieldProviders.Where(availability.IsAvailable)];

    /// <summary>The screens of <paramref name="slot"/> the user may open, in order.</summary>
    public IEnumerable<IScreen> InSlot(string slot) => _screens
        .Where(s => s.Definition.Slot == slot && user.HasPermission(s.Definition.ViewPermission))
        .OrderBy(s => s.Definition.Order)
        .ThenBy(s => s.Definition.Id, StringComparer.Ordinal);

    /// <summary>Returns the screen with <paramref name="screenId"/>, or <see langword="null"/> when there is none.</summary>
    public IScreen? FindScreen(string screenId) => _screens.FirstOrDefault(s => s.Definition.Id == screenId);

    /// <summary>Returns the action with <paramref name="actionId"/>, or <see langword="null"/> when there is none.</summary>
    public IActionHandler? FindAction(string actionId) => _actions.FirstOrDefault(a => a.Definition.Id == actionId);

    /// <summary>The record field providers for <paramref name="recordType"/>.</summary>
    public IEnumerable<IRecordFieldProvider> FieldProviders(string recordType) => _fieldProviders.Where(f => f.RecordType == recordType);
}
