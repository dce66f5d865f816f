using BenchmarkDotNet.Running;
using Inburgering.Benchmarks.Generation;
using Inburgering.Benchmarks.Targets;

// dotnet run -c Release --project tests/Inburgering.Benchmarks -- run [--quick] [--only NAME,NAME]
//   measures every performance target against its baseline and writes the report (see docs/performance.md).
// dotnet run -c Release --project tests/Inburgering.Benchmarks -- bdn [BenchmarkDotNet arguments]
//   runs the BenchmarkDotNet benchmarks of hot paths.
// dotnet run -c Release --project tests/Inburgering.Benchmarks -- generate --provider PostgreSql|Sqlite --connection CONNECTION_STRING [...]
//   migrates a database as SampleHost does and fills it with generated gemeenten, dossiers, attendance rows and tasks.
var command = "dotnet run -c Release --project tests/Inburgering.Benchmarks -- " + string.Join(' ', args);
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

switch (args.FirstOrDefault())
{
    case "run":
        var only = OptionValue(args, "--only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return await TargetRunner.RunAsync(only, args.Contains("--quick"), command, stop.Token);

    case "generate":
        return await GenerateCommand.RunAsync(args[1..], Console.Out, stop.Token);

    case "bdn":
        BenchmarkSwitcher.FromAssembly(typeof(TargetRunner).Assembly).Run(args[1..]);
        return 0;

    default:
        await Console.Error.WriteLineAsync($"Usage: run [--quick] [--only NAME,NAME] | bdn [BenchmarkDotNet arguments] | {GeneratorOptions.Usage}");
        await Console.Error.WriteLineAsync($"Targets: {string.Join(", ", TargetRunner.Discover().Select(t => t.Name))}");
        return 2;
}

static string? OptionValue(string[] args, string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
