using Host.Abstractions;

namespace SampleHost.Tenancy;

/// <summary>The gemeente of the logged-in user, or of the job that set one.</summary>
internal sealed class TenantContext(ScopeIdentity identity) : ITenantContext
{
    public GemeenteCode? Current => identity.Current.Gemeente;
}
