namespace TestSupport;

/// <summary>
/// The outcome of a command that <see cref="CommandRunner"/> ran to its end.
/// </summary>
/// <param name="CommandLine">The command and its arguments, for messages.</param>
/// <param name="ExitCode">The exit code of the process.</param>
/// <param name="Output">The standard output followed by the standard error.</param>
internal sealed record CommandResult(string CommandLine, int ExitCode, string Output)
{
    /// <summary>
    /// Gets whether the command exited with code 0.
    /// </summary>
    public bool Succeeded => ExitCode == 0;
}
