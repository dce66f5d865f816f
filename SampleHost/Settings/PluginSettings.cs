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

    /// <summary>Returns the version of the stored values of <paramref name="settings"/>, which the settings form carries.</summary>
    public async Task<string> VersionAsync(IReadOnlyList<SettingDefinition> settings, CancellationToken cancellationToken)
    {
        var keys = settings.Select(s => s.Field.Key).ToList();
        var stored = await db.PluginSettings.AsNoTracking().Where(s => keys.Contains(s.Key)).ToListAsync(cancellationToken);
        return ContentVersion.Of(stored.Select(s => (s.Key, s.Value, s.ChangedAt)));
    }

    /// <summary>
    /// Validates <paramref name="submitted"/> against the definitions and stores the values, or returns the errors and
    /// stores nothing. When <paramref name="expectedVersion"/> is missing or the stored values have another version,
    /// the form was not based on the values stored now: nothing is stored and the result is a conflict.
    /// </summary>
    public async Task<FieldSaveResult> SaveAsync(
        IReadOnlyList<SettingDefinition> settings,
        IReadOnlyDictionary<string, string?> submitted,
        string? expectedVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);

        var form = new ActionDefinition("settings", new("Opslaan", "Save"), [.. settings.Select(s => s.Field with { Required = true })], Security.HostPermissions.PluginsManage);
        var (values, errors) = ActionInputValidator.Validate(form, submitted, user);
        if (errors.Count > 0)
        {
            return new FieldSaveResult(errors, false);
        }

        var gemeente = tenant.Required.Value;
        var keys = settings.Select(s => s.Field.Key).ToList();
        var existing = await db.PluginSettings.Where(s => keys.Contains(s.Key)).ToDictionaryAsync(s => s.Key, cancellationToken);
        if (expectedVersion != ContentVersion.Of(existing.Values.Select(s => (s.Key, s.Value, s.ChangedAt))))
        {
            return FieldSaveResult.Conflict;
        }

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

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another save changed or removed one of these rows after they were read above.
            return FieldSaveResult.Conflict;
        }

        return FieldSaveResult.Saved;
    }

    private IEnumerable<SettingDefinition> Definitions() =>
        providers.Where(availability.IsAvailable).SelectMany(p => p.Settings);
}
