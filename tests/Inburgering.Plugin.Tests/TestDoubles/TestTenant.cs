using Host.Abstractions;

namespace Inburgering.Plugin.Tests.TestDoubles;

/// <summary>The current gemeente, switchable between steps of a test.</summary>
public sealed class TestTenant : ITenantContext
{
    public GemeenteCode? Current { get; set; }
}
