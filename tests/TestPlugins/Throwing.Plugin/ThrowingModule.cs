using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Throwing.Plugin;

/// <summary>A plugin module that fails while registering its services.</summary>
public sealed class ThrowingModule : IPluginModule
{
    /// <summary>The message of the exception this module throws.</summary>
    public const string FailureMessage = "The test plugin fails on purpose while registering.";

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, PluginContext context) =>
        throw new InvalidOperationException(FailureMessage);
}
