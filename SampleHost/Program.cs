using SampleHost.Hosting;
using SampleHost.Persistence;
using SampleHost.Plugins;

var builder = WebApplication.CreateBuilder(args);
builder.AddSampleHost();

var app = builder.Build();
app.UseSampleHostPipeline();
app.MapSampleHostEndpoints();

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
