using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using SampleHost.Persistence;
using SampleHost.Plugins;
using SampleHost.Screens;

namespace SampleHost.Settings;

/// <summary>
/// The plugin settings of the current gemeente: the declared settings of the plugins available there, their values
/// with defaults, and validated changes by a functioneel beheerder.
/// </summary>
internal sealed class PluginSettings(
    HostDbContext db,
    IEnumerable<ISettingsProvider> providers,
    PluginAvailability availability,
    PluginCatalog plugins,
    ITenantContext tenant,
    ICurrentUser user,
    TimeProvider clock) : IPluginSettings
{
    public async Task<string> GetAsync(string key, CancellationToken cancellationToken)
    {
        var definition = Definitions().FirstOrDefault(s => s.Field.Key == key)
            ?? throw new ArgumentException($"No loaded plugin enabled in this gemeente declares the setting '{key}'.", nameof(key));

        var stored = await db.PluginSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        return stored?.Value ?? definition.Default;
    }

    /// <summary>The settings of each plugin available in the gemeente, by plugin id.</summary>
    public IReadOnlyList<(string PluginId, IReadOnlyList<SettingDefinition> Settings)> ByPlugin() =>
        [.. providers
            .Where(availability.IsAvailable)
            .GroupBy(p => plugins.OwnerOf(p)?.Id ?? "host")
            .Select(g => (g.Key, (IReadOnlyList<SettingDefinition>)[.. g.SelectMany(p => p.Settings)]))];

    /// <summary>Returns the current values of <paramref name="settings"/>, by key.</summary>
    public async Task<Dictionary<string, string?>> ValuesAsync(IReadOnlyList<SettingDefinition> settings, CancellationToken cancellationToken)
    {
        var keys = settings.Select(s => s.Field.Key).ToList();
        var stored = await db.PluginSettings.AsNoTracking().Where(s => keys.Contains(s.Key)).ToDictionaryAsync(s => s.Key, s => s.Value, cancellationToken);
        return settings.ToDictionary(s => s.Field.Key, s => (string?)stored.GetValueOrDefault(s.Field.Key, s.Default), StringComparer.Ordinal);
    }

    /// <summary>Validates <paramref name="submitted"/> against the definitions and stores the values, or returns the errors and stores nothing.</summary>
    public async Task<IReadOnlyList<FieldError>> SaveAsync(IReadOnlyList<SettingDefinition> settings, IReadOnlyDictionary<string, string?> submitted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);

        var form = new ActionDefinition("settings", new("Opslaan", "Save"), [.. settings.Select(s => s.Field with { Required = true })], Security.HostPermissions.PluginsManage);
        var (values, errors) = ActionInputValidator.Validate(form, submitted, user);
        if (errors.Count > 0)
        {
            return errors;
        }

        var gemeente = tenant.Required.Value;
        var keys = settings.Select(s => s.Field.Key).ToList();
        var existing = await db.PluginSettings.Where(s => keys.Contains(s.Key)).ToDictionaryAsync(s => s.Key, cancellationToken);
        foreach (var (key, value) in values)
        {
            if (!existing.TryGetValue(key, out var record))
            {
                record = new PluginSettingRecord { Gemeente = gemeente, Key = key, Value = value!, ChangedBy = user.UserId };
                db.PluginSettings.Add(record);
            }

            record.Value = value!;
            record.ChangedAt = clock.GetUtcNow();
            record.ChangedBy = user.UserId;
        }

        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    private IEnumerable<SettingDefinition> Definitions() =>
        providers.Where(availability.IsAvailable).SelectMany(p => p.Settings);
}
