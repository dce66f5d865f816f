using Host.Abstractions;
using SampleHost.Plugins;

namespace SampleHost.Api.Operations;

/// <summary>
/// The API operations that the host and the loaded plugins registered, read once when the host maps its endpoints.
/// Which operations a request may use also depends on the caller's gemeente: see <see cref="PluginAvailability"/>.
/// </summary>
internal sealed class ApiOperationCatalog(IServiceProvider services, PluginCatalog plugins)
{
    private readonly Lock _lock = new();
    private IReadOnlyList<RegisteredApiOperation>? _operations;

    /// <summary>Every registered operation, checked by <see cref="ApiOperationCheck"/>, ordered by path and method.</summary>
    /// <exception cref="InvalidOperationException">An operation has a wrong path or parameter, or two operations clash.</exception>
    public IReadOnlyList<RegisteredApiOperation> Operations
    {
        get
        {
            lock (_lock)
            {
                return _operations ??= Read();
            }
        }
    }

    /// <summary>Returns the operation with <paramref name="operationId"/> among the services of the current request.</summary>
    public static IApiOperation? Resolve(IServiceProvider requestServices, string operationId) =>
        requestServices.GetServices<IApiOperation>().FirstOrDefault(o => o.Definition.OperationId == operationId);

    private List<RegisteredApiOperation> Read()
    {
        // Operations may depend on scoped services such as a DbContext, so they are resolved in a scope of their
        // own; only their definitions are kept.
        using var scope = services.CreateScope();
        var operations = scope.ServiceProvider.GetServices<IApiOperation>()
            .Select(o => new RegisteredApiOperation(plugins.OwnerOf(o)?.Id ?? RegisteredApiOperation.HostOwner, o.Definition))
            .OrderBy(o => o.Definition.Path, StringComparer.Ordinal)
            .ThenBy(o => o.Definition.Method)
            .ToList();

        ApiOperationCheck.ThrowIfInvalid(operations);
        return operations;
    }
}
