namespace SampleHost.Uploads;

/// <summary>The <c>Uploads</c> settings: the limits on files that users upload with an action.</summary>
internal sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>The largest file in bytes that an action accepts. Defaults to 100 MB (104,857,600 bytes).</summary>
    public long MaxBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>
    /// The largest upload request in bytes: four times <see cref="MaxBytes"/> plus 1 MB for the other inputs. A file
    /// over <see cref="MaxBytes"/> in a request below this limit is read to its end and discarded, so the form comes
    /// back with an error at the file's field; a larger request gets status 413.
    /// </summary>
    public long MaxRequestBytes => checked((MaxBytes * 4) + (1024 * 1024));
}
