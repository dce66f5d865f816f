using SampleHost.Hosting;
using SampleHost.Persistence;
using SampleHost.Plugins;

var builder = WebApplication.CreateBuilder(args);
builder.AddSampleHost();

var app = builder.Build();
app.LogPluginOutcomes();
await app.MigrateDatabasesAsync(app.Lifetime.ApplicationStopping);

app.UseSampleHostPipeline();
app.MapSampleHostEndpoints();

await app.RunAsync();

/// <summary>The entry point; public so tests can start SampleHost with WebApplicationFactory.</summary>
public partial class Program;
