var builder = WebApplication.CreateBuilder(args);

var app = builder.Build();

app.MapGet("/", () => "SampleHost");

app.Run();

/// <summary>The entry point; public so tests can start SampleHost with WebApplicationFactory.</summary>
public partial class Program;
