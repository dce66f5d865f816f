using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace Host.Abstractions.Tests.SdkExamples;

/// <summary>
/// Keeps the code in docs/plugin-sdk.md true: every example there must equal a region of the files in this folder,
/// which compile with the test project, and the examples are run here as a host would run them.
/// </summary>
[TestFixture]
public sealed partial class SdkGuideTests
{
    private static readonly string s_root = FindRoot();

    [Test]
    public void Guide_EveryExample_MatchesCompiledCode()
    {
        var guide = File.ReadAllText(Path.Combine(s_root, "docs", "plugin-sdk.md"));
        var sources = string.Join('\n', Directory.GetFiles(Path.Combine(s_root, "tests", "Host.Abstractions.Tests", "SdkExamples"), "*.cs").Select(File.ReadAllText));

        var snippets = SnippetPattern().Matches(guide).ToList();

        Assert.That(snippets, Has.Count.GreaterThanOrEqualTo(5), "the guide shows the module, permissions, a screen, an action and the host side");
        foreach (var snippet in snippets)
        {
            var name = snippet.Groups["name"].Value;
            var region = Regex.Match(sources, $"#region {Regex.Escape(name)}\\n(?<code>.*?)\\n#endregion", RegexOptions.Singleline);
            Assert.That(region.Success, Is.True, $"no region '{name}' in SdkExamples");
            Assert.That(Normalize(snippet.Groups["code"].Value), Is.EqualTo(Normalize(region.Groups["code"].Value)), $"snippet '{name}'");
        }
    }

    [Test]
    public async Task NotesExample_AddAndConflict_BehaveAsDocumented()
    {
        var session = new FakeSession("0599");
        await using var services = BuildHost(session);
        await using var scope = services.CreateAsyncScope();
        var screen = scope.ServiceProvider.GetServices<IScreen>().Single();
        var action = scope.ServiceProvider.GetServices<IActionHandler>().Single();

        var first = await action.ExecuteAsync(Add("Eerste", version: "0"), CancellationToken.None);
        var stale = await action.ExecuteAsync(Add("Te laat", version: "0"), CancellationToken.None);
        var second = await action.ExecuteAsync(Add("Tweede", version: "1"), CancellationToken.None);
        var content = await screen.LoadAsync(new ScreenRequest(null), CancellationToken.None);

        var rows = content!.Sections[0].Elements.OfType<ListElement>().Single().Rows;
        Assert.That(first.Succeeded, Is.True);
        Assert.That(stale.IsConflict, Is.True);
        Assert.That(second.Succeeded, Is.True);
        Assert.That(rows.Select(r => r.Values[0]), Is.EqualTo(new[] { "Tweede", "Eerste" }));
        Assert.That(content.Version, Is.EqualTo("2"));
    }

    [Test]
    public async Task NotesCountJob_CountsNotesOfItsGemeente()
    {
        var store = new NotesStore();
        store.TryAdd(GemeenteCode.Parse("0599"), 0, "Eerste");
        store.TryAdd(GemeenteCode.Parse("0518"), 0, "Andere gemeente");
        var job = new NotesCountJob(store);

        var result = await job.RunAsync(new JobContext(GemeenteCode.Parse("0599"), DateTimeOffset.UnixEpoch), CancellationToken.None);

        Assert.That(result, Is.EqualTo(new JobResult(1, "1 notes")));
        Assert.That(job.Definition.Schedule.DailyAt, Is.EqualTo(new TimeOnly(4, 30)));
    }

    [Test]
    public async Task VendorHost_PermissionsFollowDefaultRoles()
    {
        await using var consulent = BuildHost(new FakeSession("0599", HostRoles.ConsulentInburgering));
        await using var klantmanager = BuildHost(new FakeSession("0599", HostRoles.Klantmanager));

        var consulentUser = consulent.GetRequiredService<ICurrentUser>();
        var klantmanagerUser = klantmanager.GetRequiredService<ICurrentUser>();

        Assert.That(consulentUser.HasPermission(NotesPermissions.Add), Is.True);
        Assert.That(klantmanagerUser.HasPermission(NotesPermissions.View), Is.True);
        Assert.That(klantmanagerUser.HasPermission(NotesPermissions.Add), Is.False);
        Assert.That(consulent.GetRequiredService<ITenantContext>().Current, Is.EqualTo(GemeenteCode.Parse("0599")));
    }

    [Test]
    public async Task NotesExample_KeepsGemeentenApart()
    {
        await using var rotterdam = BuildHost(new FakeSession("0599"));
        var store = rotterdam.GetRequiredService<NotesStore>();
        await using (var scope = rotterdam.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetServices<IActionHandler>().Single().ExecuteAsync(Add("Rotterdam", "0"), CancellationToken.None);
        }

        var denHaag = store.For(GemeenteCode.Parse("0518"));

        Assert.That(denHaag, Is.Empty);
        Assert.That(store.For(GemeenteCode.Parse("0599")), Is.EqualTo(new[] { "Rotterdam" }));
    }

    private static ServiceProvider BuildHost(FakeSession session)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IVendorSession>(session);
        services.AddSingleton<ITenantContext, VendorTenantContext>();
        services.AddSingleton<ICurrentUser, VendorCurrentUser>();
        new NotesModule().ConfigureServices(services, new PluginContext(
            new PluginManifest("notes", new SemanticVersion(1, 0, 0), VersionRangeOf(">=1.0 <2.0"), "Notes.Plugin.dll"),
            new PluginDatabase(DatabaseProvider.Sqlite, "Data Source=:memory:"),
            "Development"));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static VersionRange VersionRangeOf(string text) =>
        VersionRange.TryParse(text, out var range) ? range : throw new FormatException(text);

    private static ActionRequest Add(string text, string version) =>
        new(null, new Dictionary<string, string?> { ["tekst"] = text }) { ExpectedVersion = version };

    private static string Normalize(string code) => string.Join('\n', code.Trim().Split('\n').Select(line => line.TrimEnd()));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Inburgering.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Inburgering.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex("<!-- snippet: (?<name>[a-z-]+) -->\\n```csharp\\n(?<code>.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex SnippetPattern();

    private sealed class FakeSession(string municipality, params string[] roles) : IVendorSession
    {
        public string EmployeeId => "medewerker-1";

        public string EmployeeName => "Test Medewerker";

        public string MunicipalityCode => municipality;

        public IReadOnlySet<string> Roles { get; } = new HashSet<string>(roles.Length == 0 ? [HostRoles.ConsulentInburgering] : roles);
    }
}
