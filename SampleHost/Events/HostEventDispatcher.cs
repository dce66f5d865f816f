using Host.Abstractions;
using SampleHost.Plugins;

namespace SampleHost.Events;

/// <summary>
/// Delivers host events to the handlers that plugins registered, only for plugins enabled in the event's gemeente.
/// A failing handler is logged and does not stop the others or the change that raised the event.
/// </summary>
/// <remarks>
/// A plugin's handler is called through <see cref="PluginInvoker"/>, which logs a failure with the plugin id and
/// gemeente and counts it towards suspension. A handler of the host itself, or any handler when no plugins are
/// registered, is called directly and a failure is logged with its type.
/// </remarks>
internal sealed class HostEventDispatcher(IServiceProvider services, ILogger<HostEventDispatcher> logger)
{
    public async Task PublishAsync<TEvent>(TEvent hostEvent, CancellationToken cancellationToken)
        where TEvent : HostEvent
    {
        ArgumentNullException.ThrowIfNull(hostEvent);

        var plugins = services.GetService<PluginCatalog>();
        foreach (var handler in services.GetServices<IHostEventHandler<TEvent>>())
        {
            if (plugins?.OwnerOf(handler) is { } plugin)
            {
                await DeliverToPluginAsync(plugin, handler, hostEvent, cancellationToken);
                continue;
            }

            try
            {
                await handler.HandleAsync(hostEvent, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A handler must not undo the host's change; the failure is logged for the administrator.
                Log.HostEventHandlerFailed(logger, typeof(TEvent).Name, handler.GetType().FullName, exception);
            }
        }
    }

    private async Task DeliverToPluginAsync<TEvent>(PluginDescriptor plugin, IHostEventHandler<TEvent> handler, TEvent hostEvent, CancellationToken cancellationToken)
        where TEvent : HostEvent
    {
        var outcome = await services.GetRequiredService<PluginInvoker>().InvokeAsync(
            plugin,
            hostEvent.Gemeente,
            $"host event {typeof(TEvent).Name}",
            token => handler.HandleAsync(hostEvent, token),
            cancellationToken);

        if (outcome == PluginCallOutcome.NotEnabled)
        {
            Log.HostEventSkipped(logger, typeof(TEvent).Name, plugin.Id, hostEvent.Gemeente.Value);
        }
    }
}
