using System.Text;
using SampleHost.Security;

namespace SampleHost.Hosting;

/// <summary>
/// <c>autorisatiematrix FILE</c> (relative to the SampleHost folder, where <c>dotnet run</c> starts): writes the authorisation matrix of SampleHost with its plugins to FILE, without
/// starting the web server or touching the database.
/// </summary>
internal static class MatrixCommand
{
    public const string Name = "autorisatiematrix";

    /// <summary>Writes the matrix to the file named after the command, or to standard output when none is named.</summary>
    public static async Task<int> RunAsync(WebApplication app, IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(arguments);

        var endpoints = new CompositeEndpointDataSource(((IEndpointRouteBuilder)app).DataSources);
        var matrix = await AuthorizationMatrixReader.ReadAsync(app.Services, endpoints);
        if (matrix.Problems.Count > 0)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, matrix.Problems));
            return 1;
        }

        var document = AuthorizationMatrixDocument.Write(matrix);
        if (arguments.Count == 0)
        {
            await Console.Out.WriteAsync(document);
            return 0;
        }

        await File.WriteAllTextAsync(arguments[0], document, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await Console.Out.WriteLineAsync($"De autorisatiematrix staat in {Path.GetFullPath(arguments[0])}.");
        return 0;
    }
}
