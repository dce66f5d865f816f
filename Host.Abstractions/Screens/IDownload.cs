namespace Host.Abstractions;

/// <summary>
/// A file the user can download, such as a template or an import report. The host checks
/// <see cref="DownloadDefinition.Permission"/> and serves the file at an address with the download's id and the
/// record id, never with a personal detail. Register implementations as <see cref="IDownload"/> services and link
/// them from a screen with a <see cref="DownloadElement"/>.
/// </summary>
public interface IDownload
{
    /// <summary>The download's id and permission.</summary>
    DownloadDefinition Definition { get; }

    /// <summary>Creates the file for the current gemeente and user.</summary>
    /// <param name="recordId">The record the file is about, or <see langword="null"/> for a file without one.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The file, or <see langword="null"/> when the record does not exist for the current user.</returns>
    Task<DownloadFile?> CreateAsync(string? recordId, CancellationToken cancellationToken);
}

/// <summary>A download's id and permission.</summary>
/// <param name="Id">A unique id prefixed with the plugin id, for example <c>inburgering.aanleverformaat-csv</c>.</param>
/// <param name="Permission">The permission needed to download the file.</param>
public sealed record DownloadDefinition(string Id, string Permission);

/// <summary>A file to download.</summary>
/// <param name="FileName">The name the browser saves the file under.</param>
/// <param name="ContentType">The media type, such as <c>text/csv; charset=utf-8</c>.</param>
/// <param name="WriteAsync">Writes the file's bytes to the response stream, so large files stream.</param>
public sealed record DownloadFile(string FileName, string ContentType, Func<Stream, CancellationToken, Task> WriteAsync);
