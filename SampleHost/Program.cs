using SampleHost.Hosting;
using SampleHost.Persistence;
using SampleHost.Plugins;
using SampleHost.Privacy;
using SampleHost.Signing;

// "verwerkingslog verifieer" and "verwerkingsregister" run with the host's configuration instead of the web host.
var command = PrivacyCommand.Parse(args);
var builder = WebApplication.CreateBuilder(command?.HostArguments ?? args);
if (command is not null || args is [MatrixCommand.Name, ..] or [SigningKeyCommand.Name])
{
    PrivacyCommand.ConfigureLogging(builder.Logging);
}

builder.AddSampleHost();

var app = builder.Build();
if (command is not null)
{
    return await command.RunAsync(app.Services, Console.Out, CancellationToken.None);
}

// "ondertekensleutel" prints the own public key, so another deployment can trust it.
if (args is [SigningKeyCommand.Name])
{
    return await SigningKeyCommand.RunAsync(app.Services, Console.Out);
}

app.UseSampleHostPipeline();
app.MapSampleHostEndpoints();

// "autorisatiematrix FILE" needs the mapped endpoints, but no database.
if (args is [MatrixCommand.Name, .. var matrixArguments])
{
    return await MatrixCommand.RunAsync(app, matrixArguments);
}

app.LogPluginOutcomes();
await app.MigrateDatabasesAsync(app.Lifetime.ApplicationStopping);
await app.RunAsync();
return 0;

/// <summary>The entry point; public so tests can start SampleHost with WebApplicationFactory.</summary>
public partial class Program;
