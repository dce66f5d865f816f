using Host.Abstractions;
using SampleHost.Plugins;

namespace SampleHost.Downloads;

/// <summary>The downloads of the host and of the plugins that are loaded and enabled in the current gemeente.</summary>
internal sealed class DownloadCatalog(IEnumerable<IDownload> downloads, PluginAvailability availability)
{
    private readonly IDownload[] _downloads = [.. downloads.Where(availability.IsAvailable)];

    /// <summary>Returns the download with <paramref name="downloadId"/>, or <see langword="null"/> when there is none.</summary>
    public IDownload? Find(string downloadId) => _downloads.FirstOrDefault(d => d.Definition.Id == downloadId);

    /// <summary>Returns the address of the file that <paramref name="element"/> links to.</summary>
    public static string Url(DownloadElement element)
    {
        ArgumentNullException.ThrowIfNull(element);

        var url = $"/downloads/{Uri.EscapeDataString(element.DownloadId)}";
        return element.RecordId is null ? url : $"{url}/{Uri.EscapeDataString(element.RecordId)}";
    }
}
