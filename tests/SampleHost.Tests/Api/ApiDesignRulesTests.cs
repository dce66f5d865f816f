using System.Diagnostics;
using System.Text.Json;
using Host.Abstractions;
using SampleHost.Tests.Hosting;
using SampleHost.Tests.Plugins;
using TestSupport;

namespace SampleHost.Tests.Api;

/// <summary>
/// The OpenAPI document of /api/v1 against the NL API Design Rules' Spectral ruleset, with the published plugins
/// and the test plugins that offer API operations.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ApiDesignRulesTests(DatabaseProvider provider)
{
    /// <summary>The environment variable that names another <c>spectral</c> executable.</summary>
    private const string SpectralVariable = "INBURGERING_SPECTRAL";

    /// <summary>Spectral's severity of an error; 1 is a warning.</summary>
    private const int ErrorSeverity = 0;

    [Test]
    public async Task OpenApiDocument_Spectral_ReportsNoErrors()
    {
        var spectral = FindSpectral();
        using var folders = PluginFolders.Create();
        folders.CopyPublished("inburgering");
        folders.CopyTestPlugin("Showcase.Plugin", "showcase");
        folders.CopyTestPlugin("FailingScreen.Plugin", "failing-screen");
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = provider, PluginsPath = folders.Root });
        await server.StartAsync();
        using var client = server.CreateBrowserLikeClient();
        var document = await client.GetStringAsync(new Uri("/api/v1/openapi.json", UriKind.Relative));
        var documentPath = Path.Combine(folders.Root, "openapi.json");
        await File.WriteAllTextAsync(documentPath, document);

        var (exitCode, output, errorOutput) = await RunAsync(spectral, "lint", "--format", "json", "--quiet", "--ruleset", RulesetPath, documentPath);

        Assert.That(output.TrimStart(), Does.StartWith("["), $"Spectral printed no results (exit code {exitCode}): {output} {errorOutput}");
        using var results = JsonDocument.Parse(output);
        var errors = results.RootElement.EnumerateArray()
            .Where(r => r.GetProperty("severity").GetInt32() == ErrorSeverity)
            .Select(r => $"{r.GetProperty("code").GetString()} at {string.Join('.', r.GetProperty("path").EnumerateArray().Select(p => p.ToString()))}: {r.GetProperty("message").GetString()}")
            .ToList();
        var warnings = results.RootElement.EnumerateArray()
            .Where(r => r.GetProperty("severity").GetInt32() != ErrorSeverity)
            .Select(r => $"{r.GetProperty("code").GetString()} at {string.Join('.', r.GetProperty("path").EnumerateArray().Select(p => p.ToString()))}: {r.GetProperty("message").GetString()}")
            .ToList();
        TestContext.Out.WriteLine($"Spectral: {errors.Count} errors, {warnings.Count} warnings.");
        foreach (var warning in warnings)
        {
            TestContext.Out.WriteLine(warning);
        }

        Assert.That(errors, Is.Empty, string.Join(Environment.NewLine, errors));
        Assert.That(document, Does.Contain("\"/notities/{notitieId}\""), "the document lists the showcase's operations");
        Assert.That(document, Does.Contain("\"/leveringen\""), "the document lists the inburgering plugin's operations");
        Assert.That(document, Does.Contain("\"/aanmeldingen\""), "the document lists the inburgering plugin's operations");
    }

    private static string RulesetPath => Path.Combine(RepositoryPaths.Root, "tests", "SampleHost.Tests", "Api", "ApiDesignRules", "spectral.yml");

    /// <summary>Returns the path of the spectral executable, or fails (on CI) or ignores the test when it is missing.</summary>
    private static string FindSpectral()
    {
        var configured = Environment.GetEnvironmentVariable(SpectralVariable);
        var local = Path.Combine(RepositoryPaths.Root, ".tools", "spectral", "node_modules", ".bin", "spectral");
        var path = string.IsNullOrWhiteSpace(configured) ? local : configured;
        if (File.Exists(path))
        {
            return path;
        }

        var message = $"Spectral is not installed at {path}. Run .ci/run, or install it with "
            + "'npm install --prefix .tools/spectral @stoplight/spectral-cli@6.16.3', or set " + SpectralVariable + ".";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message);
        }

        Assert.Ignore(message);
        return path;
    }

    private static async Task<(int ExitCode, string Output, string ErrorOutput)> RunAsync(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errorOutput = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errorOutput);
    }
}
