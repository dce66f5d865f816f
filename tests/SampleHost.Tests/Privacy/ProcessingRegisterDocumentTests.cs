using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Privacy;
using SampleHost.Tests.Hosting;
using TestSupport;

namespace SampleHost.Tests.Privacy;

/// <summary>The register of processing activities in <c>docs/verwerkingsregister.md</c> and the commands that run instead of the web host.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ProcessingRegisterDocumentTests(DatabaseProvider provider)
{
    [Test]
    public async Task Document_MatchesDeclaredActivities()
    {
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = provider });
        server.StartServer();
        var register = server.Services.GetRequiredService<ProcessingActivityRegister>();

        var generated = ProcessingRegisterDocument.Render(register);
        var stored = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "docs", "verwerkingsregister.md"));

        Assert.That(register.All.Select(a => a.Id), Does.Contain("host.inzage").And.Contain("inburgering.registratie"));
        Assert.That(stored.ReplaceLineEndings("\n"), Is.EqualTo(generated),
            $"docs/verwerkingsregister.md is out of date; regenerate it at the repository root with: {ProcessingRegisterDocument.Command}");
    }

    [Test]
    public async Task RegisterCommand_PrintsDocument()
    {
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = provider });
        server.StartServer();
        using var output = new StringWriter();

        var exitCode = await PrivacyCommand.Parse(["verwerkingsregister"])!.RunAsync(server.Services, output, CancellationToken.None);

        Assert.That(exitCode, Is.Zero);
        Assert.That(output.ToString(), Is.EqualTo(ProcessingRegisterDocument.Render(server.Services.GetRequiredService<ProcessingActivityRegister>())));
    }

    [Test]
    public async Task VerifyCommand_IntactLog_PrintsOkAndExitsZero()
    {
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = provider });
        using var consulent = await HostSession.LogInAsync(server, "demo-0599-consulent-inburgering");
        await consulent.GetPageAsync("/klanten");
        using var search = await consulent.PostFormAsync("/klanten", new Dictionary<string, string> { ["bsn"] = "999993653" }, "/klanten?handler=Zoek");
        using var output = new StringWriter();

        var exitCode = await PrivacyCommand.Parse(["verwerkingslog", "verifieer"])!.RunAsync(server.Services, output, CancellationToken.None);

        Assert.That(exitCode, Is.Zero);
        Assert.That(output.ToString(), Does.StartWith("gemeente 0599: OK: 1 vastleggingen, de keten is intact."));
    }

    [Test]
    public void Parse_KeepsHostArguments()
    {
        var command = PrivacyCommand.Parse(["verwerkingslog", "verifieer", "--Database:Provider=PostgreSql"]);

        Assert.That(command?.Name, Is.EqualTo(PrivacyCommand.VerifyLog));
        Assert.That(command?.HostArguments, Is.EqualTo(new[] { "--Database:Provider=PostgreSql" }));
        Assert.That(PrivacyCommand.Parse(["--urls=http://127.0.0.1:5000"]), Is.Null);
    }
}
