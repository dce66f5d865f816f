using Host.Abstractions;

namespace Inburgering.Plugin.Tests.TestDoubles;

/// <summary>The host's settings per gemeente, kept in memory, with the declared defaults; an undeclared key throws, as in the host.</summary>
public sealed class InMemoryPluginSettings(IEnumerable<ISettingsProvider> providers, ITenantContext tenant) : IPluginSettings
{
    private readonly Dictionary<(GemeenteCode Gemeente, string Key), string> _values = [];

    /// <summary>The number of reads, of any key.</summary>
    public int ReadCount { get; private set; }

    public void Set(GemeenteCode gemeente, string key, string value) => _values[(gemeente, key)] = value;

    public Task<string> GetAsync(string key, CancellationToken cancellationToken)
    {
        ReadCount++;
        var definition = providers.SelectMany(p => p.Settings).FirstOrDefault(s => s.Field.Key == key)
            ?? throw new ArgumentException($"No provider declares the setting '{key}'.", nameof(key));

        return Task.FromResult(_values.GetValueOrDefault((tenant.Required, key), definition.Default));
    }
}
