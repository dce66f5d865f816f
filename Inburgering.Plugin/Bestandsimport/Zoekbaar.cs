namespace Inburgering.Plugin.Bestandsimport;

/// <summary>
/// Opens an upload as a seekable stream, which reading a zip archive needs. A stream that cannot seek is copied to a
/// temporary file that is deleted when the stream closes, since .NET would otherwise copy the archive into memory.
/// </summary>
internal static class Zoekbaar
{
    public static async Task<Stream> OpenAsync(Func<Stream> open, CancellationToken cancellationToken)
    {
        var stream = open();
        if (stream.CanSeek)
        {
            return stream;
        }

        await using (stream)
        {
            var kopie = new FileStream(
                Path.GetTempFileName(),
                FileMode.Create,
                FileAccess.ReadWrite,
                FileShare.None,
                81920,
                FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            try
            {
                await stream.CopyToAsync(kopie, cancellationToken);
                kopie.Position = 0;
                return kopie;
            }
            catch
            {
                await kopie.DisposeAsync();
                throw;
            }
        }
    }
}
