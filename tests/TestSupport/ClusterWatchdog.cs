using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace TestSupport;

/// <summary>
/// A shell process that stops a throwaway PostgreSQL cluster and deletes its folder once the test process is gone.
/// </summary>
/// <remarks>
/// The test platform kills its test host shortly after the last test, often while the process-exit handler still
/// waits for <c>pg_ctl stop</c>, and a crash runs no handler at all. The watchdog outlives the test host, so the
/// server and its folder are removed in both cases.
/// </remarks>
internal sealed class ClusterWatchdog : IDisposable
{
    // $1 is the test process id, $2 the cluster folder, and the remaining arguments the stop command.
    private const string Script = """
        parent=$1
        directory=$2
        shift 2
        exec </dev/null >/dev/null 2>&1
        while kill -0 "$parent"; do sleep 1; done
        if [ -d "$directory/data" ]; then "$@"; fi
        rm -rf -- "$directory"
        """;

    private readonly Process _process;

    private ClusterWatchdog(Process process)
    {
        _process = process;
    }

    /// <summary>
    /// Starts a watchdog that runs <paramref name="stopCommand"/> and deletes <paramref name="directory"/> after
    /// this process exits.
    /// </summary>
    /// <exception cref="PostgresStartException"><c>/bin/sh</c> could not be started.</exception>
    public static ClusterWatchdog Start(string directory, IReadOnlyList<string> stopCommand)
    {
        var startInfo = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var parentId = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        string[] arguments = ["-c", Script, "cluster-watchdog", parentId, directory, .. stopCommand];
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        try
        {
            var process = Process.Start(startInfo)
                ?? throw new PostgresStartException("Starting the cluster watchdog '/bin/sh' returned no process.");

            return new ClusterWatchdog(process);
        }
        catch (Win32Exception exception)
        {
            throw new PostgresStartException($"Starting the cluster watchdog '/bin/sh' failed: {exception.Message}", exception);
        }
    }

    /// <summary>
    /// Ends the watchdog, for a cluster that was already stopped and deleted.
    /// </summary>
    public void Dispose()
    {
        try
        {
            _process.Kill();
        }
        catch (InvalidOperationException)
        {
            // The watchdog has already exited.
        }

        _process.Dispose();
    }
}
