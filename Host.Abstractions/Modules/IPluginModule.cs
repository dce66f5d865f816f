using Microsoft.Extensions.DependencyInjection;

namespace Host.Abstractions;

/// <summary>
/// The entry point of a plugin. The host finds exactly one public implementation in the plugin's main assembly,
/// creates it with its parameterless constructor and calls <see cref="ConfigureServices"/> once at start-up.
/// </summary>
/// <remarks>
/// Everything a plugin contributes (fields, screens, action handlers, permissions, processing activities,
/// event handlers, its database) is registered here as a service of the contract interface it implements.
/// An exception thrown from this method marks the plugin as malfunctioned; the host keeps running without it.
/// </remarks>
public interface IPluginModule
{
    /// <summary>Registers the plugin's services and contributions.</summary>
    /// <param name="services">The host's service collection.</param>
    /// <param name="context">What the host tells the plugin about itself, such as the database to use.</param>
    void ConfigureServices(IServiceCollection services, PluginContext context);
}
