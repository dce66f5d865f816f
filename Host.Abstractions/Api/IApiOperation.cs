namespace Host.Abstractions;

/// <summary>
/// One operation of the REST API a plugin offers to other systems, such as an aanbieder's system that delivers
/// attendance. The host serves it under its versioned API root (SampleHost: <c>/api/v1/{Path}</c>), signs in the
/// caller, checks <see cref="ApiOperationDefinition.Permission"/>, the gemeente and the request's form, adds the
/// <c>API-Version</c> header, writes errors as problem+json and lists the operation in its OpenAPI document.
/// Register implementations as <see cref="IApiOperation"/> services.
/// </summary>
public interface IApiOperation
{
    /// <summary>The operation's method, path, permission and documentation.</summary>
    ApiOperationDefinition Definition { get; }

    /// <summary>Handles one request for the current gemeente and caller.</summary>
    /// <param name="request">The path and query values, the idempotency key and the JSON body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response: a JSON body or a problem.</returns>
    Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken);
}
