namespace Host.Abstractions;

/// <summary>
/// Declares the settings of a plugin that a functioneel beheerder sets per gemeente, each a field with its type,
/// label, validation and default. Register implementations as <see cref="ISettingsProvider"/> services.
/// </summary>
public interface ISettingsProvider
{
    /// <summary>The settings, in the order the host shows them; each key is prefixed with the plugin id.</summary>
    IReadOnlyList<SettingDefinition> Settings { get; }
}

/// <summary>One setting: how it is entered and validated, and its value until a gemeente sets one.</summary>
/// <param name="Field">
/// The input: key (prefixed with the plugin id, for example <c>inburgering.pvt-minimum-uren</c>), label, type and
/// validation such as <see cref="FieldDefinition.Minimum"/>. Types Text, MultilineText, Number, Boolean, Date and Choice
/// are supported.
/// </param>
/// <param name="Default">The value as the host stores it (numbers with a decimal point, dates as yyyy-MM-dd, booleans as true or false).</param>
public sealed record SettingDefinition(FieldDefinition Field, string Default);

/// <summary>The settings of the current gemeente, with each setting's default where the gemeente set none.</summary>
public interface IPluginSettings
{
    /// <summary>Returns the value of setting <paramref name="key"/> in the current gemeente as text.</summary>
    /// <param name="key">A setting key a loaded plugin declares.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentException">No loaded plugin declares <paramref name="key"/>.</exception>
    Task<string> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Returns the value of a <see cref="FieldType.Number"/> setting.</summary>
    /// <param name="key">A setting key a loaded plugin declares.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentException">No loaded plugin declares <paramref name="key"/>.</exception>
    async Task<decimal> GetNumberAsync(string key, CancellationToken cancellationToken) =>
        decimal.Parse(await GetAsync(key, cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Returns the value of a <see cref="FieldType.Boolean"/> setting.</summary>
    /// <param name="key">A setting key a loaded plugin declares.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentException">No loaded plugin declares <paramref name="key"/>.</exception>
    async Task<bool> GetBooleanAsync(string key, CancellationToken cancellationToken) =>
        await GetAsync(key, cancellationToken).ConfigureAwait(false) == "true";
}
