using System.Globalization;
using System.Text;
using Host.Abstractions;

namespace Showcase.Plugin;

/// <summary>One list item as a small CSV file, or nothing for an item that does not exist.</summary>
internal sealed class ItemCsvDownload(ShowcaseStore store) : IDownload
{
    public const string DownloadId = "showcase.item-csv";

    public DownloadDefinition Definition { get; } = new(DownloadId, ShowcasePermissions.Edit);

    public Task<DownloadFile?> CreateAsync(string? recordId, CancellationToken cancellationToken)
    {
        if (!int.TryParse(recordId, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || store.Items.FirstOrDefault(i => i.Number == number) is not { } item)
        {
            return Task.FromResult<DownloadFile?>(null);
        }

        var csv = string.Create(CultureInfo.InvariantCulture, $"nummer;naam;status;aantal\r\n{item.Number};{item.Name};{item.Status};{item.Amount}\r\n");
        var file = new DownloadFile(
            $"item {item.Number} – overzicht.csv",
            "text/csv; charset=utf-8",
            (stream, token) => stream.WriteAsync(Encoding.UTF8.GetBytes(csv), token).AsTask());
        return Task.FromResult<DownloadFile?>(file);
    }
}
