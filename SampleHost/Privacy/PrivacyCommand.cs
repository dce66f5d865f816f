using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Console;
using SampleHost.Persistence;

namespace SampleHost.Privacy;

/// <summary>
/// A command that runs instead of the web host, with the host's configuration, plugins and database:
/// <c>verwerkingslog verifieer</c> verifies each gemeente's processing log chain, and <c>verwerkingsregister</c>
/// prints the register of processing activities as Markdown.
/// </summary>
/// <param name="Name">The command's words.</param>
/// <param name="HostArguments">The remaining arguments, for the host's configuration, such as <c>--Database:Provider=PostgreSql</c>.</param>
internal sealed record PrivacyCommand(string Name, string[] HostArguments)
{
    public const string VerifyLog = "verwerkingslog verifieer";

    public const string PrintRegister = "verwerkingsregister";

    /// <summary>Returns the command at the start of <paramref name="args"/>, or null to start the web host.</summary>
    public static PrivacyCommand? Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);

        return args switch
        {
            ["verwerkingslog", "verifieer", .. var rest] => new(VerifyLog, rest),
            ["verwerkingsregister", .. var rest] => new(PrintRegister, rest),
            _ => null,
        };
    }

    /// <summary>Sends all log output to standard error, so standard output holds only the command's result.</summary>
    public static void ConfigureLogging(ILoggingBuilder logging) =>
        logging.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);

    /// <summary>Runs the command and returns the process exit code: 0 when it succeeded, 1 otherwise.</summary>
    public async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);

        await using var scope = services.CreateAsyncScope();
        if (Name == PrintRegister)
        {
            var register = scope.ServiceProvider.GetRequiredService<ProcessingActivityRegister>();
            await output.WriteAsync(ProcessingRegisterDocument.Render(register));
            return 0;
        }

        return await VerifyAsync(scope.ServiceProvider, output, cancellationToken);
    }

    private static async Task<int> VerifyAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<HostDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            await output.WriteLineAsync($"The database has {pending.Count} pending migrations; start SampleHost once to migrate it, then verify again.");
            return 1;
        }

        var results = await services.GetRequiredService<ProcessingLogVerifier>().VerifyAllAsync(cancellationToken);
        if (results.Count == 0)
        {
            await output.WriteLineAsync("OK: the processing log has no records yet.");
            return 0;
        }

        foreach (var result in results)
        {
            await output.WriteLineAsync($"gemeente {result.Gemeente}: {result.Describe().Nl}");
        }

        return results.All(r => r.IsIntact) ? 0 : 1;
    }
}
