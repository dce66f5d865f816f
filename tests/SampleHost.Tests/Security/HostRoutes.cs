using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Persistence;

namespace SampleHost.Tests.Security;

/// <summary>
/// Every route a running SampleHost has registered (its pages, the JSON API, the BRP stand-in), with URLs filled in
/// with demo ids, so a test covers routes that are added later without being edited.
/// </summary>
internal sealed class HostRoutes
{
    private readonly Dictionary<string, string> _values;

    private HostRoutes(IReadOnlyList<RouteEndpoint> endpoints, Dictionary<string, string> values, Guid clientId)
    {
        Endpoints = endpoints;
        _values = values;
        ClientId = clientId;
    }

    /// <summary>The host's route endpoints, from its <see cref="EndpointDataSource"/>.</summary>
    public IReadOnlyList<RouteEndpoint> Endpoints { get; }

    /// <summary>The id of a demo client in gemeente 0599.</summary>
    public Guid ClientId { get; }

    /// <summary>Reads the routes of <paramref name="host"/>, which must have seeded its demo data.</summary>
    public static async Task<HostRoutes> ReadAsync(PluginTestHost host)
    {
        await host.StartAsync();

        Guid clientId;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
            clientId = await db.Clients.IgnoreQueryFilters().Where(c => c.Gemeente == DemoUsers.Rotterdam).Select(c => c.Id).FirstAsync();
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["screenId"] = "inburgering.dossiers",
            ["actionId"] = "inburgering.zoek",
            ["downloadId"] = "inburgering.aanleverformaat-csv",
            ["recordId"] = clientId.ToString(),
            ["id"] = clientId.ToString(),

            // Ids that no record has, so the routes of the aanbieders API return 404 for them after the same checks.
            ["aanmeldingId"] = "3f5b0c4e-0000-4000-8000-000000000001",
            ["leveringId"] = "3f5b0c4e-0000-4000-8000-000000000002",
        };
        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        return new HostRoutes(endpoints, values, clientId);
    }

    /// <summary>Returns whether <paramref name="endpoint"/> is a Razor page.</summary>
    public static bool IsPage(RouteEndpoint endpoint) => endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null;

    /// <summary>Returns the HTTP methods of <paramref name="endpoint"/>; a page is requested with GET, because its POST handlers need a form.</summary>
    public static IReadOnlyList<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? [.. methods] : ["GET"];

    /// <summary>Returns the URL of <paramref name="endpoint"/> with each route parameter filled in with a demo id.</summary>
    /// <exception cref="InvalidOperationException">The route has a required parameter this class has no demo value for.</exception>
    public string Url(RouteEndpoint endpoint)
    {
        var segments = endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter when _values.TryGetValue(parameter.Name, out var value) => Uri.EscapeDataString(value),
            RoutePatternParameterPart { IsOptional: true } => "",
            RoutePatternParameterPart parameter => throw new InvalidOperationException(
                $"Route {endpoint.RoutePattern.RawText} has the parameter {parameter.Name}, which HostRoutes has no demo value for; add one."),
            _ => throw new InvalidOperationException($"Route {endpoint.RoutePattern.RawText} has an unknown part {part.GetType().Name}."),
        })));

        return "/" + string.Join('/', segments.Where(s => s.Length > 0));
    }
}
