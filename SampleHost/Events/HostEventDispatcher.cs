using Host.Abstractions;

namespace SampleHost.Events;

/// <summary>
/// Delivers host events to the handlers that plugins registered. A failing handler is logged with its type and
/// does not stop the others or the change that raised the event.
/// </summary>
internal sealed class HostEventDispatcher(IServiceProvider services, ILogger<HostEventDispatcher> logger)
{
    public async Task PublishAsync<TEvent>(TEvent hostEvent, CancellationToken cancellationToken)
        where TEvent : HostEvent
    {
        ArgumentNullException.ThrowIfNull(hostEvent);

        foreach (var handler in services.GetServices<IHostEventHandler<TEvent>>())
        {
            try
            {
                await handler.HandleAsync(hostEvent, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A plugin's handler must not undo the host's change; the failure is logged for the administrator.
                Log.HostEventHandlerFailed(logger, typeof(TEvent).Name, handler.GetType().FullName, exception);
            }
        }
    }
}
