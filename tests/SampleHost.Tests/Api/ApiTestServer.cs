using System.Globalization;
using System.Net.Http.Headers;
using Host.Abstractions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Persistence;
using SampleHost.Security.ApiClients;

namespace SampleHost.Tests.Api;

/// <summary>
/// SampleHost with the plugins of <paramref name="pluginsPath"/>, a small body limit for the API and optionally a
/// small request limit, so tests reach both limits with little data.
/// </summary>
internal sealed class ApiTestServer(DatabaseProvider provider, string pluginsPath, long maxRequestBytes = ApiTestServer.MaxRequestBytes, int? permitLimit = null)
    : PluginTestHost(new PluginTestHostOptions { Provider = provider, PluginsPath = pluginsPath, SeedDemoData = false, ClockAutoAdvance = TimeSpan.FromMilliseconds(1) })
{
    /// <summary>The body limit the tests configure as <c>Api:MaxRequestBytes</c>.</summary>
    public const long MaxRequestBytes = 4096;

    /// <summary>Stores an API client of <paramref name="gemeente"/> with <paramref name="role"/> and returns its key.</summary>
    public async Task<string> CreateApiKeyAsync(string gemeente, string role)
    {
        var credential = ApiClientCredential.Create();
        await using var scope = CreateScopeAs(DemoUsers.IdFor(HostRoles.FunctioneelBeheerder, gemeente));
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        db.ApiClients.Add(new ApiClientRecord
        {
            Id = Guid.NewGuid(),
            Gemeente = gemeente,
            Name = $"Testsysteem {role}",
            Role = role,
            KeyId = credential.KeyId,
            SecretHash = ApiClientCredential.Hash(credential.Secret),
            CreatedAt = Clock.GetUtcNow(),
            CreatedBy = "test",
        });
        await db.SaveChangesAsync();
        return credential.ToString();
    }

    /// <summary>Returns a client without cookies that sends <paramref name="apiKey"/> in the <c>X-Api-Key</c> header.</summary>
    public HttpClient CreateApiClient(string apiKey, string? language = null)
    {
        var client = CreateBrowserLikeClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:MaxRequestBytes", maxRequestBytes.ToString(CultureInfo.InvariantCulture));
        if (permitLimit is { } limit)
        {
            builder.UseSetting("RateLimiting:PermitLimit", limit.ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("RateLimiting:Window", "01:00:00");
        }
    }
}
