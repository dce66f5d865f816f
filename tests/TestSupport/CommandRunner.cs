using System.Diagnostics;

namespace TestSupport;

/// <summary>
/// Runs external commands, such as PostgreSQL's <c>initdb</c> and <c>pg_ctl</c>, and captures their output.
/// </summary>
internal static class CommandRunner
{
    /// <summary>
    /// Runs <paramref name="fileName"/> with <paramref name="arguments"/> and waits for it to exit.
    /// </summary>
    /// <returns>The exit code and output, also when the exit code is not 0.</returns>
    /// <exception cref="System.ComponentModel.Win32Exception">The program was not found or could not start.</exception>
    /// <exception cref="TimeoutException">The command ran longer than <paramref name="timeout"/>, so it was killed.</exception>
    public static async Task<CommandResult> RunAsync(
        string fileName,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var commandLine = string.Join(' ', [fileName, .. arguments]);

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Starting '{commandLine}' returned no process.");
        process.StandardInput.Close();

        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();

        using var timeoutSource = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{commandLine}' did not exit within {timeout.TotalSeconds:0} s, so it was killed.");
        }

        var output = await standardOutput + await standardError;

        return new CommandResult(commandLine, process.ExitCode, output);
    }
}
