using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using SampleHost.Plugins;

namespace SampleHost.Tests.Tenancy;

/// <summary>The gemeenten a deployment serves, from <c>Tenants:Gemeenten</c> or the demo gemeenten in Development.</summary>
[TestFixture]
public sealed class TenantDirectoryTests
{
    [Test]
    public void Configured_ListedCodes_KeptInOrderOnce()
    {
        var configuration = Configuration(("Tenants:Gemeenten:0", "0363"), ("Tenants:Gemeenten:1", "0599"), ("Tenants:Gemeenten:2", "0363"));

        var directory = TenantDirectory.FromConfiguration(configuration, Environment("Production"));

        Assert.That(directory.Gemeenten.Select(g => g.Value), Is.EqualTo(new[] { "0363", "0599" }));
    }

    [Test]
    public void Development_WithoutList_UsesDemoGemeenten()
    {
        var directory = TenantDirectory.FromConfiguration(Configuration(), Environment("Development"));

        Assert.That(directory.Gemeenten.Select(g => g.Value), Is.EqualTo(new[] { "0599", "0518" }));
    }

    [Test]
    public void Production_WithoutList_HasNoGemeenten()
    {
        var directory = TenantDirectory.FromConfiguration(Configuration(), Environment("Production"));

        Assert.That(directory.Gemeenten, Is.Empty);
    }

    [Test]
    public void Configured_InvalidCode_NamesSettingAndValue()
    {
        var configuration = Configuration(("Tenants:Gemeenten:0", "0599"), ("Tenants:Gemeenten:1", "599"));

        var exception = Assert.Throws<InvalidOperationException>(() => TenantDirectory.FromConfiguration(configuration, Environment("Production")));

        Assert.That(exception!.Message, Does.StartWith("Tenants:Gemeenten contains '599', which is not a four-digit CBS gemeentecode."));
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();

    private static HostingEnvironment Environment(string name) => new() { EnvironmentName = name };
}
