using Host.Abstractions;

namespace SampleHost.Uploads;

/// <summary>
/// The files of one multipart action form, each kept in its own temporary file that is deleted when the request ends.
/// The host sets it as a request feature before the page runs, so the page finds the files by field key.
/// </summary>
internal sealed class UploadedForm : IAsyncDisposable
{
    private readonly Dictionary<string, ActionFile> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _tooLarge = new(StringComparer.Ordinal);
    private readonly List<string> _paths = [];

    /// <summary>The files up to the maximum size, by field key; a field whose file was left empty is absent.</summary>
    public IReadOnlyDictionary<string, ActionFile> Files => _files;

    /// <summary>The fields whose file was over the maximum size, with the file's size in bytes; their bytes were discarded.</summary>
    public IReadOnlyDictionary<string, long> TooLarge => _tooLarge;

    /// <summary>Returns the form of the current request, or <see langword="null"/> when it posted no multipart form.</summary>
    public static UploadedForm? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        return context.Features.Get<UploadedForm>();
    }

    /// <summary>Adds a stored file, unless the field already has one; a second file for the same field is deleted.</summary>
    public void Add(string fieldKey, string path, string fileName, string? contentType, long length)
    {
        _paths.Add(path);
        if (_files.ContainsKey(fieldKey) || _tooLarge.ContainsKey(fieldKey))
        {
            return;
        }

        _files[fieldKey] = new ActionFile(fileName, contentType, length, () => OpenRead(path));
    }

    /// <summary>Records that the file of <paramref name="fieldKey"/> had <paramref name="length"/> bytes, over the maximum.</summary>
    public void AddTooLarge(string fieldKey, long length) => _tooLarge.TryAdd(fieldKey, length);

    public ValueTask DisposeAsync()
    {
        foreach (var path in _paths)
        {
            File.Delete(path);
        }

        _paths.Clear();
        return ValueTask.CompletedTask;
    }

    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, bufferSize: 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
}
