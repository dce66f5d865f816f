using System.Text.Json;
using Host.Abstractions;
using Microsoft.Extensions.Options;
using SampleHost.Plugins;
using SampleHost.Security;
using SampleHost.Security.ApiClients;

namespace SampleHost.Api.Operations;

/// <summary>Registers and maps the plugins' API operations under <c>/api/v1</c> with the OpenAPI document.</summary>
internal static class ApiOperationRegistration
{
    private static readonly JsonSerializerOptions s_documentOptions = new() { WriteIndented = true };

    public static IServiceCollection AddApiOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiOptions>()
            .Bind(configuration.GetSection(ApiOptions.Section))
            .Validate(o => o.MaxRequestBytes > 0, "Api:MaxRequestBytes must be at least 1, for example 20971520 for 20 MB.")
            .Validate(o => o.KeyCacheDuration >= TimeSpan.Zero, "Api:KeyCacheDuration must be zero (no cache) or longer, for example 00:00:30.")
            .ValidateOnStart();
        services.AddSingleton<ApiOperationCatalog>();
        services.AddSingleton<ApiClientKeyCache>();
        return services;
    }

    /// <summary>Maps every operation at <c>/api/v1/{Path}</c> with its method, and <c>GET /api/v1/openapi.json</c>.</summary>
    /// <exception cref="InvalidOperationException">An operation has a wrong path or parameter, or two operations clash.</exception>
    public static void MapApiOperations(this WebApplication app)
    {
        var catalog = app.Services.GetRequiredService<ApiOperationCatalog>();
        var api = app.MapGroup(ApiVersion.Root);

        api.MapGet("/openapi.json", WriteDocument).AllowAnonymous().WithTags("OpenAPI");
        foreach (var operation in catalog.Operations)
        {
            api.MapMethods("/" + operation.Definition.Path, [operation.HttpMethod], (HttpContext context) => ApiOperationEndpoint.HandleAsync(context, operation))
                .WithDisplayName($"{operation.HttpMethod} {operation.Route}")
                .WithMetadata(new SignedInAttribute(), new ApiOperationAccessAttribute(operation.Definition.Permission));
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiOperationRegistration).FullName!);
        Log.ApiOperationsMapped(logger, catalog.Operations.Count, catalog.Operations.Select(o => o.PluginId).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>
    /// Writes the OpenAPI document. A signed-in caller gets the operations of the plugins enabled in its gemeente.
    /// An anonymous caller gets those of the plugins enabled in at least one gemeente.
    /// </summary>
    private static IResult WriteDocument(
        ApiOperationCatalog catalog,
        PluginCatalog plugins,
        PluginTenantStates states,
        TenantDirectory tenants,
        ITenantContext tenant,
        IOptions<ApiOptions> options)
    {
        IEnumerable<GemeenteCode> gemeenten = tenant.Current is { } own ? [own] : tenants.Gemeenten;
        var loaded = plugins.Loaded.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var visible = catalog.Operations.Where(o => o.PluginId == RegisteredApiOperation.HostOwner
            || (loaded.Contains(o.PluginId) && gemeenten.Any(g => states.IsEnabled(o.PluginId, g))));

        var document = ApiOpenApiDocument.Build(visible, options.Value);
        return Results.Text(document.ToJsonString(s_documentOptions), "application/json", System.Text.Encoding.UTF8);
    }
}
