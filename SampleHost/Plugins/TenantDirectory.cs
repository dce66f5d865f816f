using Host.Abstractions;
using SampleHost.Demo;

namespace SampleHost.Plugins;

/// <summary>
/// The gemeenten this deployment serves: the codes in <c>Tenants:Gemeenten</c>, or in Development without that
/// setting the demo gemeenten. The host records every loaded plugin's state for each of them at start-up.
/// </summary>
internal sealed class TenantDirectory(IReadOnlyList<GemeenteCode> gemeenten)
{
    public const string Section = "Tenants";

    public IReadOnlyList<GemeenteCode> Gemeenten { get; } = gemeenten;

    /// <summary>Reads <c>Tenants:Gemeenten</c>, a list of four-digit CBS gemeentecodes; duplicates count once.</summary>
    /// <exception cref="InvalidOperationException">A code is not four digits.</exception>
    public static TenantDirectory FromConfiguration(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        var configured = configuration.GetSection($"{Section}:Gemeenten").Get<string[]>() ?? [];
        if (configured.Length == 0)
        {
            return new TenantDirectory(environment.IsDevelopment() ? [.. DemoDirectory.Gemeenten.Select(g => g.Code)] : []);
        }

        var gemeenten = new List<GemeenteCode>();
        foreach (var value in configured)
        {
            if (!GemeenteCode.TryParse(value?.Trim(), out var code))
            {
                throw new InvalidOperationException(
                    $"{Section}:Gemeenten contains '{value}', which is not a four-digit CBS gemeentecode. Write each gemeente as its code, for example '0599' for Rotterdam.");
            }

            if (!gemeenten.Contains(code))
            {
                gemeenten.Add(code);
            }
        }

        return new TenantDirectory(gemeenten);
    }
}
