using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SampleHost.Tests.Inburgering;

/// <summary>
/// A webhook receiver of CloudEvents on a fixed port of 127.0.0.1 that records the id and type of every event it
/// receives, duplicates included. It can be created before it listens, so a subscription can point at it while it is down.
/// </summary>
internal sealed class WebhookOntvanger(int port) : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Id, string Type)> _ontvangen = new();

    private WebApplication? _app;

    /// <summary>The webhook URL on 127.0.0.1.</summary>
    public Uri Url { get; } = new($"http://127.0.0.1:{port}/meldingen");

    /// <summary>Every event received, in order, with duplicates.</summary>
    public IReadOnlyList<(string Id, string Type)> Ontvangen => [.. _ontvangen];

    /// <summary>Starts listening on the port, answering every POST to the webhook path with 204 No Content.</summary>
    public async Task StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Test", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();

        _app = builder.Build();
        _app.MapPost(Url.AbsolutePath, async (HttpRequest request) =>
        {
            using var melding = await JsonDocument.ParseAsync(request.Body);
            _ontvangen.Enqueue((melding.RootElement.GetProperty("id").GetString()!, melding.RootElement.GetProperty("type").GetString()!));
            return Results.NoContent();
        });
        await _app.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
