namespace Host.Abstractions;

/// <summary>
/// The gemeente (tenant) the current request or job works for. Plugins filter every query of personal data
/// by it in their data layer.
/// </summary>
public interface ITenantContext
{
    /// <summary>The current gemeente, or <see langword="null"/> outside a tenant, such as on the host's admin pages.</summary>
    GemeenteCode? Current { get; }

    /// <summary>The current gemeente.</summary>
    /// <exception cref="InvalidOperationException">There is no current gemeente.</exception>
    GemeenteCode Required => Current ?? throw new InvalidOperationException("This operation needs a gemeente, but the request has none.");
}
