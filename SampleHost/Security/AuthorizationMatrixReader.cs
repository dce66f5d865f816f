using System.Reflection;
using Host.Abstractions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using SampleHost.Api.Operations;

namespace SampleHost.Security;

/// <summary>
/// Reads the authorisation matrix from what the running host registered: its endpoints (pages, routes and the
/// plugins' API operations under <c>/api/v1</c>), the screens, actions and downloads of the host and the loaded plugins, and
/// the fields plugins add to host records.
/// </summary>
internal static class AuthorizationMatrixReader
{
    /// <summary>Reads the matrix from the services of a built host and its <paramref name="endpoints"/>.</summary>
    public static async Task<AuthorizationMatrix> ReadAsync(IServiceProvider services, EndpointDataSource endpoints)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(endpoints);

        var problems = new List<string>();
        var entryPoints = new List<EntryPoint>();

        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var screens = provider.GetServices<IScreen>().Select(s => s.Definition).ToList();
        var actions = provider.GetServices<IActionHandler>().Select(a => a.Definition).ToList();
        var downloads = provider.GetServices<IDownload>().Select(d => d.Definition).ToList();
        var contributions = new Contributions(screens, actions, downloads);

        var pageLoader = services.GetRequiredService<PageLoader>();
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await pageLoader.LoadAsync(page, endpoint.Metadata);
                entryPoints.AddRange(PageEntryPoints(route, compiled, contributions, problems));
            }
            else
            {
                entryPoints.AddRange(RouteEntryPoints(route, endpoint, contributions, problems));
            }
        }

        var rolePermissions = services.GetRequiredService<RolePermissions>();
        var fields = provider.GetServices<IRecordFieldProvider>().SelectMany(p => p.Fields.Select(f => new MatrixField(p.RecordType, false, f)))
            .Concat(provider.GetServices<IStoredFieldProvider>().SelectMany(p => p.Fields.Select(f => new MatrixField(p.RecordType, true, f))))
            .OrderBy(f => f.RecordType, StringComparer.Ordinal)
            .ThenBy(f => f.Definition.Key, StringComparer.Ordinal)
            .ToList();

        problems.AddRange(UndeclaredPermissions(entryPoints, fields, rolePermissions));

        var ordered = entryPoints
            .DistinctBy(e => (e.Kind, e.Method, e.Path, e.Handler))
            .OrderBy(e => e.Kind)
            .ThenBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Method, StringComparer.Ordinal)
            .ThenBy(e => e.Handler, StringComparer.Ordinal)
            .ToList();
        return new AuthorizationMatrix(rolePermissions, ordered, fields, problems);
    }

    private static IEnumerable<EntryPoint> PageEntryPoints(
        string route,
        CompiledPageActionDescriptor page,
        Contributions contributions,
        List<string> problems)
    {
        var pageRule = RuleOf(page.HandlerTypeInfo.GetCustomAttributes(inherit: true), $"pagina {route}", problems);
        if (pageRule is null)
        {
            yield break;
        }

        foreach (var handler in page.HandlerMethods)
        {
            var method = handler.HttpMethod.ToUpperInvariant();
            if (handler.MethodInfo.GetCustomAttribute<ContributionAccessAttribute>() is { } contribution)
            {
                foreach (var entryPoint in ContributionEntryPoints(contribution, contributions))
                {
                    yield return entryPoint;
                }

                continue;
            }

            var rule = handler.MethodInfo.GetCustomAttribute<HandlerPermissionAttribute>() is { } extra
                ? (pageRule.Kind == AccessKind.Permission ? pageRule.And(extra.Permission) : AccessRule.For(extra.Permission))
                : pageRule;
            yield return new EntryPoint(EntryPointKind.Page, method, route, handler.Name, rule);
        }
    }

    private static IEnumerable<EntryPoint> RouteEntryPoints(
        string route,
        RouteEndpoint endpoint,
        Contributions contributions,
        List<string> problems)
    {
        if (endpoint.Metadata.GetMetadata<ContributionAccessAttribute>() is { } contribution)
        {
            return ContributionEntryPoints(contribution, contributions);
        }

        // A plugin's API operation: signed in is checked by authentication, its permission by the endpoint itself.
        if (endpoint.Metadata.GetMetadata<ApiOperationAccessAttribute>() is { } operation)
        {
            var operationMethods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            return operationMethods.Select(method => new EntryPoint(EntryPointKind.Route, method, route, null, AccessRule.For(operation.Permission)));
        }

        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
        var rule = RuleOf(endpoint.Metadata, $"route {route}", problems);
        return rule is null ? [] : methods.Select(method => new EntryPoint(EntryPointKind.Route, method, route, null, rule));
    }

    private static IEnumerable<EntryPoint> ContributionEntryPoints(ContributionAccessAttribute contribution, Contributions contributions) =>
        contribution.Kind switch
        {
            ContributionKind.Screen => contributions.Screens.Select(s => new EntryPoint(EntryPointKind.Screen, "GET", s.Id, null, AccessRule.For(s.ViewPermission))),
            ContributionKind.Action => contributions.Actions.Select(a => new EntryPoint(EntryPointKind.Action, "POST", a.Id, null, AccessRule.For(a.Permission))),
            _ => contributions.Downloads.Select(d => new EntryPoint(EntryPointKind.Download, "GET", d.Id, null, AccessRule.For(d.Permission))),
        };

    /// <summary>Returns the one access rule among <paramref name="attributes"/>, or reports a problem and returns <see langword="null"/>.</summary>
    private static AccessRule? RuleOf(IEnumerable<object> attributes, string what, List<string> problems)
    {
        var rules = attributes
            .Select(attribute => attribute switch
            {
                IAllowAnonymous => AccessRule.Anonymous,
                SignedInAttribute => AccessRule.SignedIn,
                RequiresPermissionAttribute required => AccessRule.For(required.Permission),
                _ => null,
            })
            .OfType<AccessRule>()
            .Distinct()
            .ToList();

        if (rules.Count == 1)
        {
            return rules[0];
        }

        problems.Add(rules.Count == 0
            ? $"De {what} heeft geen plaats in de autorisatiematrix: geef haar [AllowAnonymous], [SignedIn] of [RequiresPermission]."
            : $"De {what} heeft meer dan één toegangsregel: {string.Join(", ", rules)}.");
        return null;
    }

    private static IEnumerable<string> UndeclaredPermissions(IEnumerable<EntryPoint> entryPoints, IEnumerable<MatrixField> fields, RolePermissions rolePermissions)
    {
        var declared = rolePermissions.Definitions.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var used = entryPoints.SelectMany(e => e.Rule.Permissions.Select(p => (p, e.Name)))
            .Concat(fields.SelectMany(f => new[] { f.Definition.ViewPermission, f.Definition.EditPermission }.OfType<string>().Select(p => (p, $"veld {f.Definition.Key}"))));
        return used
            .Where(u => !declared.Contains(u.p))
            .Select(u => $"Het recht '{u.p}' van {u.Item2} is door de host en geen enkele plugin gedeclareerd.")
            .Distinct();
    }
}

/// <summary>The screens, actions and downloads of the host and the loaded plugins.</summary>
internal sealed record Contributions(
    IReadOnlyList<ScreenDefinition> Screens,
    IReadOnlyList<ActionDefinition> Actions,
    IReadOnlyList<DownloadDefinition> Downloads);
