using System.Globalization;
using Host.Abstractions;

namespace Inburgering.Benchmarks.Generation;

/// <summary>The options of the <c>generate</c> command.</summary>
/// <param name="Provider">The database engine.</param>
/// <param name="ConnectionString">The database to migrate and fill; it should be empty.</param>
/// <param name="Gemeenten">How many gemeenten; the first two are the demo gemeenten 0599 and 0518.</param>
/// <param name="Dossiers">How many dossiers over all gemeenten together.</param>
/// <param name="Aanwezigheid">How many attendance rows (voortgangsmeldingen) over all dossiers together.</param>
/// <param name="Seed">The seed of every random choice, so the same options give the same data.</param>
/// <param name="Vandaag">The day the data are generated for: dates and open tasks are relative to it.</param>
internal sealed record GeneratorOptions(
    DatabaseProvider Provider,
    string ConnectionString,
    int Gemeenten,
    int Dossiers,
    long Aanwezigheid,
    int Seed,
    DateOnly Vandaag)
{
    /// <summary>The usage line of the command.</summary>
    public const string Usage =
        "generate --provider PostgreSql|Sqlite --connection CONNECTION_STRING [--gemeenten 3] [--dossiers 100000] " +
        "[--aanwezigheid 5000000] [--seed 1] [--vandaag yyyy-MM-dd]";

    /// <summary>The gemeentecodes the generator uses, in order: the two demo gemeenten first.</summary>
    public static IReadOnlyList<string> GemeenteCodes { get; } =
        ["0599", "0518", "0363", "0344", "0772", "0153", "0200", "0014", "0193", "0855"];

    /// <summary>Parses the command line after <c>generate</c>.</summary>
    /// <returns>The options, or the error that names the option and the fix.</returns>
    public static (GeneratorOptions? Options, string? Error) Parse(IReadOnlyList<string> args, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(args);

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                return (null, $"Option '{args[i]}' has no value. Usage: {Usage}");
            }

            values[args[i]] = args[i + 1];
        }

        if (!values.TryGetValue("--provider", out var providerText) || !Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider))
        {
            return (null, $"--provider is missing or invalid ('{providerText}'); use PostgreSql or Sqlite.");
        }

        if (!values.TryGetValue("--connection", out var connection) || string.IsNullOrWhiteSpace(connection))
        {
            return (null, "--connection is missing; give a connection string, for example \"Host=127.0.0.1;Port=5432;Database=bench;Username=postgres\".");
        }

        var unknown = values.Keys.Except(["--provider", "--connection", "--gemeenten", "--dossiers", "--aanwezigheid", "--seed", "--vandaag"]).ToList();
        if (unknown.Count > 0)
        {
            return (null, $"Unknown option {string.Join(", ", unknown)}. Usage: {Usage}");
        }

        var errors = new List<string>();
        var gemeenten = Number(values, "--gemeenten", 3, 1, GemeenteCodes.Count, errors);
        var dossiers = Number(values, "--dossiers", 100_000, 1, 800_000, errors);
        var aanwezigheid = Number(values, "--aanwezigheid", 5_000_000, 0, 100_000_000, errors);
        var seed = Number(values, "--seed", 1, 0, int.MaxValue, errors);
        if (values.TryGetValue("--vandaag", out var vandaagText)
            && !DateOnly.TryParseExact(vandaagText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out vandaag))
        {
            errors.Add($"--vandaag '{vandaagText}' is not a date; use yyyy-MM-dd, for example 2026-12-04.");
        }

        return errors.Count > 0
            ? (null, string.Join(Environment.NewLine, errors))
            : (new GeneratorOptions(provider, connection, (int)gemeenten, (int)dossiers, aanwezigheid, (int)seed, vandaag), null);
    }

    private static long Number(Dictionary<string, string> values, string name, long fallback, long min, long max, List<string> errors)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{name} '{text}' is invalid; give a whole number from {min} to {max}."));
            return fallback;
        }

        return number;
    }
}
