using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace SampleHost.Uploads;

/// <summary>
/// Reads a <c>multipart/form-data</c> action form as a stream: text inputs into memory within the usual form limits,
/// each file into its own temporary file, and a file over the maximum size to its end without keeping its bytes.
/// </summary>
internal static class MultipartFormReader
{
    private const int BufferSize = 81920;

    /// <summary>Reads the form of <paramref name="request"/>.</summary>
    /// <returns>The text values, and the files with the fields whose file was too large.</returns>
    /// <exception cref="InvalidDataException">The body is not a well-formed multipart form or breaks a form limit.</exception>
    public static async Task<(FormCollection Values, UploadedForm Files)> ReadAsync(HttpRequest request, long maxFileBytes, CancellationToken cancellationToken)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            throw new InvalidDataException("The multipart form has no boundary.");
        }

        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = null };
        var values = new KeyValueAccumulator();
        var files = new UploadedForm();
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    throw new InvalidDataException("A part of the multipart form has no valid Content-Disposition header.");
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
                if (disposition.IsFileDisposition())
                {
                    await ReadFileAsync(files, name, disposition, section, maxFileBytes, cancellationToken);
                }
                else
                {
                    values.Append(name, await ReadValueAsync(section, cancellationToken));
                }

                if (values.ValueCount > FormReader.DefaultValueCountLimit)
                {
                    throw new InvalidDataException($"The form has more than {FormReader.DefaultValueCountLimit} values.");
                }
            }
        }
        catch
        {
            await files.DisposeAsync();
            throw;
        }

        return (new FormCollection(values.GetResults()), files);
    }

    private static async Task<string> ReadValueAsync(MultipartSection section, CancellationToken cancellationToken)
    {
        using var text = new StreamReader(section.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, BufferSize, leaveOpen: true);
        var builder = new StringBuilder();
        var buffer = new char[BufferSize];
        int read;
        while ((read = await text.ReadAsync(buffer, cancellationToken)) > 0)
        {
            builder.Append(buffer, 0, read);
            if (builder.Length > FormReader.DefaultValueLengthLimit)
            {
                throw new InvalidDataException($"A form value is longer than {FormReader.DefaultValueLengthLimit} characters.");
            }
        }

        return builder.ToString();
    }

    private static async Task ReadFileAsync(
        UploadedForm files,
        string fieldKey,
        ContentDispositionHeaderValue disposition,
        MultipartSection section,
        long maxFileBytes,
        CancellationToken cancellationToken)
    {
        var fileName = FileNameOf(disposition);
        var path = Path.Combine(Path.GetTempPath(), $"samplehost-upload-{Guid.NewGuid():N}");
        long length = 0;
        var buffer = new byte[BufferSize];
        var stored = true;
        await using (var target = new FileStream(path, CreateOptions()))
        {
            int read;
            while ((read = await section.Body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                length += read;
                if (length > maxFileBytes)
                {
                    stored = false;
                    continue;
                }

                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }

        // A browser sends a file input left empty as a part without a file name and without bytes.
        if (!stored || (fileName.Length == 0 && length == 0))
        {
            File.Delete(path);
            if (!stored)
            {
                files.AddTooLarge(fieldKey, length);
            }

            return;
        }

        files.Add(fieldKey, path, fileName, section.ContentType, length);
    }

    /// <summary>Returns the file name without any folder, as some browsers send the whole path.</summary>
    private static string FileNameOf(ContentDispositionHeaderValue disposition)
    {
        var raw = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value;
        if (string.IsNullOrEmpty(raw))
        {
            raw = HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? string.Empty;
        }

        var lastSeparator = raw.LastIndexOfAny(['/', '\\']);
        return raw[(lastSeparator + 1)..].Trim();
    }

    /// <summary>Creates the temporary file readable by this process's user only.</summary>
    private static FileStreamOptions CreateOptions()
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            BufferSize = BufferSize,
            Options = FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return options;
    }
}
