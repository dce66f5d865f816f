using System.Globalization;
using Host.Abstractions;

namespace Showcase.Plugin;

/// <summary>
/// Counts the lines of an uploaded text file and reports the count in its message. It reads the file twice and
/// reports a difference, so a test can check whether <see cref="ActionFile.OpenRead"/> can be called again.
/// </summary>
internal sealed class CountLinesAction : IActionHandler
{
    public const string ActionId = "showcase.regels-tellen";

    public const string FileKey = "bestand";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new("Regels tellen", "Count lines"),
        [
            new(FileKey, new("Bestand", "File"), FieldType.File)
            {
                Required = true,
                AcceptedFileTypes = [".csv", ".txt"],
                Hint = new("Een tekstbestand in UTF-8.", "A text file in UTF-8."),
            },
            new("omschrijving", new("Omschrijving", "Description"), FieldType.Text),
        ],
        ShowcasePermissions.View);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!request.Files.TryGetValue(FileKey, out var file))
        {
            return ActionResult.Invalid(new FieldError(FileKey, new("Kies een bestand.", "Choose a file.")));
        }

        var first = await CountAsync(file, cancellationToken);
        var second = await CountAsync(file, cancellationToken);
        if (first != second)
        {
            return ActionResult.Invalid(new FieldError(FileKey, new(
                $"Het bestand gaf de tweede keer {second} regels in plaats van {first}.",
                $"The file gave {second} lines the second time instead of {first}.")));
        }

        var count = first.ToString(CultureInfo.InvariantCulture);
        return ActionResult.Success(
            new ScreenLink(ItemScreen.ScreenId, request.RecordId),
            new($"Het bestand heeft {count} regels ({file.Length} bytes).", $"The file has {count} lines ({file.Length} bytes)."));
    }

    private static async Task<int> CountAsync(ActionFile file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenRead();
        using var reader = new StreamReader(stream);
        var lines = 0;
        while (await reader.ReadLineAsync(cancellationToken) is not null)
        {
            lines++;
        }

        return lines;
    }
}
