using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SampleHost.Events;
using TestSupport;
using TestSupport.LogScan;

namespace SampleHost.Tests.Events;

[TestFixture]
public sealed class HostEventDispatcherTests
{
    private static readonly ClientRegistered s_event = new(GemeenteCode.Parse("0599"), "client-1");

    [Test]
    public async Task Publish_CallsEveryHandlerOfTheEventType()
    {
        await using var services = BuildServices(new RecordingHandler(), new RecordingHandler());

        await using var scope = services.CreateAsyncScope();

        await scope.ServiceProvider.GetRequiredService<HostEventDispatcher>().PublishAsync(s_event, CancellationToken.None);

        var handlers = services.GetServices<IHostEventHandler<ClientRegistered>>().Cast<RecordingHandler>().ToList();
        Assert.That(handlers, Has.Count.EqualTo(2));
        Assert.That(handlers[0].Received, Is.EqualTo(new[] { s_event }));
        Assert.That(handlers[1].Received, Is.EqualTo(new[] { s_event }));
    }

    [Test]
    public async Task Publish_FailingHandler_IsLoggedAndOthersStillRun()
    {
        var logs = new CollectingLoggerProvider();
        var recorder = new RecordingHandler();
        await using var services = BuildServices(new ThrowingHandler(), recorder, logs);
        await using var scope = services.CreateAsyncScope();

        await scope.ServiceProvider.GetRequiredService<HostEventDispatcher>().PublishAsync(s_event, CancellationToken.None);

        Assert.That(recorder.Received, Is.EqualTo(new[] { s_event }));
        Assert.That(logs.Lines.Single(), Does.StartWith($"Handler {typeof(ThrowingHandler).FullName} failed on host event ClientRegistered"));
        Assert.That(logs.Lines.Single(), Does.Contain("InvalidOperationException: The handler fails on purpose."));
    }

    private static ServiceProvider BuildServices(IHostEventHandler<ClientRegistered> first, IHostEventHandler<ClientRegistered> second, CollectingLoggerProvider? logs = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            logging.ClearProviders().AddLogScan();
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        services.AddSingleton(first);
        services.AddSingleton(second);
        services.AddScoped<HostEventDispatcher>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private sealed class RecordingHandler : IHostEventHandler<ClientRegistered>
    {
        public List<ClientRegistered> Received { get; } = [];

        public Task HandleAsync(ClientRegistered hostEvent, CancellationToken cancellationToken)
        {
            Received.Add(hostEvent);
            return Task.CompletedTask;
        }
    }

    private sealed class ThrowingHandler : IHostEventHandler<ClientRegistered>
    {
        public Task HandleAsync(ClientRegistered hostEvent, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The handler fails on purpose.");
    }
}
