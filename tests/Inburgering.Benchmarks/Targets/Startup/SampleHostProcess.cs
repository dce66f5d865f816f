using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Inburgering.Benchmarks.Targets.Startup;

/// <summary>
/// Starts <c>dotnet SampleHost.dll</c> on 127.0.0.1 with Production settings on SQLite, times it to its first
/// successful request, and stops it. The OpenID Connect settings are complete but point at a closed port on
/// 127.0.0.1; the probe route needs no sign-in, so the host never contacts it.
/// </summary>
internal sealed class SampleHostProcess(SampleHostBuild build, string pluginsFolder, string databaseFile, string workFolder)
{
    /// <summary>The OpenAPI document, which the host serves without sign-in, with and without plugins.</summary>
    public const string ProbePath = "/api/v1/openapi.json";

    /// <summary>The time between two probe requests.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    /// <summary>How long a start may take before the measurement fails.</summary>
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(120);

    /// <summary>Starts the host, waits for the first 200 from <see cref="ProbePath"/>, stops the host, and returns the time to the 200.</summary>
    /// <exception cref="TimeoutException">The host served no 200 within two minutes, or exited before it did.</exception>
    public async Task<TimeSpan> TimeStartAsync(CancellationToken cancellationToken)
    {
        var port = FreeLoopbackPort();
        var probe = new Uri($"http://127.0.0.1:{port}{ProbePath}");
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        using var process = new Process { StartInfo = StartInfo(port) };
        var output = new List<string>();
        process.OutputDataReceived += (_, line) => Collect(output, line.Data);
        process.ErrorDataReceived += (_, line) => Collect(output, line.Data);

        var stopwatch = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (stopwatch.Elapsed < s_startTimeout && !process.HasExited)
            {
                if (await IsServingAsync(client, probe, cancellationToken))
                {
                    return stopwatch.Elapsed;
                }

                await Task.Delay(PollInterval, cancellationToken);
            }

            lock (output)
            {
                throw new TimeoutException(
                    $"SampleHost served no 200 at {probe} within {s_startTimeout.TotalSeconds} seconds (exited: {process.HasExited}). Its last output: {string.Join(" | ", output.TakeLast(10))}");
            }
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    private ProcessStartInfo StartInfo(int port)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(build.AssemblyPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(build.AssemblyPath);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");

        var settings = info.Environment;
        settings["ASPNETCORE_ENVIRONMENT"] = "Production";
        settings["DOTNET_ENVIRONMENT"] = "Production";
        settings["Logging__LogLevel__Default"] = "Warning";
        settings["Database__Provider"] = "Sqlite";
        settings["Database__ConnectionString"] = $"Data Source={databaseFile}";
        settings["Plugins__Path"] = pluginsFolder;
        settings["Tenants__Gemeenten__0"] = "0599";
        settings["Tenants__Gemeenten__1"] = "0518";
        settings["Privacy__PseudonymKey"] = "benchmark-pseudonym-key-with-at-least-32-characters";
        settings["Signing__KeyFile"] = SigningKeyFile();
        settings["Brp__BaseUrl"] = "http://127.0.0.1:9/haalcentraal/api/brp";
        settings["Brp__ApiKey"] = "benchmark-brp-key";
        settings["Authentication__OpenIdConnect__Authority"] = "https://127.0.0.1:9/realms/benchmark";
        settings["Authentication__OpenIdConnect__ClientId"] = "samplehost";
        settings["Authentication__OpenIdConnect__ClientSecret"] = "benchmark-secret";
        settings["Authentication__OpenIdConnect__RoleMapping__Consulent"] = "consulent-inburgering";
        return info;
    }

    /// <summary>Writes one ECDSA P-256 key for all starts, so no run signs with a key in the repository.</summary>
    private string SigningKeyFile()
    {
        var path = Path.Combine(workFolder, "startup-signing-key.pem");
        if (!File.Exists(path))
        {
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            File.WriteAllText(path, key.ExportPkcs8PrivateKeyPem());
        }

        return path;
    }

    private static async Task<bool> IsServingAsync(HttpClient client, Uri probe, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(probe, cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            // Not listening yet.
            return false;
        }
    }

    private static void Collect(List<string> output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Add(line);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
