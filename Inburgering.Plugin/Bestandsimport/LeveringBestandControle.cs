using System.Buffers;
using System.IO.Compression;
using System.Text;
using System.Text.Unicode;
using System.Xml;
using Inburgering.Plugin.Leveringen;

namespace Inburgering.Plugin.Bestandsimport;

/// <summary>
/// Checks the structure of an uploaded delivery file before anything is imported: that it is CSV (UTF-8) or XLSX, has
/// a valid header and data rows, and names the delivery in its first row. The format follows from the content, not
/// from the file name. CSV is read through once completely, so an invalid byte far down rejects the file too.
/// </summary>
internal static class LeveringBestandControle
{
    /// <summary>The bytes read to recognise the format and the CSV header line.</summary>
    private const int BeginLengte = 64 * 1024;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16LeBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BeBom => [0xFE, 0xFF];

    private static ReadOnlySpan<byte> ZipHandtekening => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> OleHandtekening => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Checks the file that <paramref name="open"/> opens.</summary>
    /// <param name="open">Opens the file from the start; called several times.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The checked file, or every structural error found.</returns>
    public static async Task<(LeveringBestand? Bestand, IReadOnlyList<Bestandsfout> Fouten)> ControleerAsync(Func<Stream> open, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(open);

        var (bron, fout) = await OpenRegelsAsync(open, cancellationToken);
        if (bron is null)
        {
            return (null, [fout!]);
        }

        try
        {
            return await ControleerRegelsAsync(bron, cancellationToken);
        }
        catch (Exception exception) when (bron is XlsxRegels && exception is InvalidDataException or XmlException or InvalidOperationException)
        {
            // MiniExcel throws these for a damaged workbook or sheet; so the file is rejected instead of the request failing.
            return (null, [Bestandsfouten.GeenWerkmap]);
        }
    }

    /// <summary>
    /// Recognises the format of the file that <paramref name="open"/> opens and returns a reader of its records, or the
    /// structural error that rejects it: empty, binary, not UTF-8, UTF-16, an old or damaged workbook, or a wrong
    /// separator. Other imports use it to check their files the same way before they read their own columns.
    /// </summary>
    internal static async Task<(IRuweRegels? Bron, Bestandsfout? Fout)> OpenRegelsAsync(Func<Stream> open, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(open);

        var begin = await LeesBeginAsync(open, cancellationToken);
        return await HerkenFormaatAsync(open, begin, cancellationToken);
    }

    /// <summary>
    /// Recognises the format of a file from its first bytes: an Excel workbook, or CSV in UTF-8 with its separator.
    /// Returns the reader for that format, or the structural error that rejects the file.
    /// </summary>
    internal static async Task<(IRuweRegels? Bron, Bestandsfout? Fout)> HerkenFormaatAsync(Func<Stream> open, byte[] begin, CancellationToken cancellationToken)
    {
        if (begin.Length == 0)
        {
            return (null, Bestandsfouten.Leeg);
        }

        if (begin.AsSpan().StartsWith(ZipHandtekening))
        {
            return await IsWerkmapAsync(open, cancellationToken) ? (new XlsxRegels(open), null) : (null, Bestandsfouten.GeenWerkmap);
        }

        if (begin.AsSpan().StartsWith(OleHandtekening))
        {
            return (null, Bestandsfouten.OudExcel);
        }

        if (begin.AsSpan().StartsWith(Utf16LeBom) || begin.AsSpan().StartsWith(Utf16BeBom))
        {
            return (null, Bestandsfouten.Utf16);
        }

        // Binary files, such as images and PDFs, have NUL bytes near the start; text files never do.
        if (begin.AsSpan().Contains((byte)0))
        {
            return (null, Bestandsfouten.GeenTekst);
        }

        if (await ControleerTekstAsync(open, cancellationToken) is { } tekstfout)
        {
            return (null, tekstfout);
        }

        var (scheidingsteken, scheidingsfout) = Scheidingstekens.Bepaal(Kopregel(begin));
        return scheidingsteken is { } teken ? (new CsvRegels(open, teken), null) : (null, scheidingsfout);
    }

    private static async Task<(LeveringBestand? Bestand, IReadOnlyList<Bestandsfout> Fouten)> ControleerRegelsAsync(IRuweRegels bron, CancellationToken cancellationToken)
    {
        LeveringKop? kop = null;
        LeveringRegel? eerste = null;
        var aantal = 0;

        await foreach (var ruw in bron.LeesAsync(cancellationToken))
        {
            if (kop is null)
            {
                if (ruw.Velden.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                var (gecontroleerd, fouten) = LeveringKop.Controleer(ruw.Velden);
                if (gecontroleerd is null)
                {
                    return (null, fouten);
                }

                kop = gecontroleerd;
                continue;
            }

            if (kop.NaarRegel(ruw.Regelnummer, ruw.Velden) is { } regel)
            {
                eerste ??= regel;
                aantal++;
            }
        }

        if (bron is CsvRegels { OpenAanhalingstekenOp: { } regelnummer })
        {
            return (null, [Bestandsfouten.OpenAanhalingsteken(regelnummer)]);
        }

        if (kop is null)
        {
            return (null, [Bestandsfouten.Leeg]);
        }

        if (eerste is null)
        {
            return (null, [Bestandsfouten.GeenRegels]);
        }

        if (eerste.Waarde(LeveringKolommen.LeveringId) is not { } referentie)
        {
            return (null, [Bestandsfouten.GeenLeveringId(eerste.Regelnummer)]);
        }

        return (new LeveringBestand(bron, kop, referentie, aantal), []);
    }

    private static async Task<byte[]> LeesBeginAsync(Func<Stream> open, CancellationToken cancellationToken)
    {
        await using var stream = open();
        var buffer = new byte[BeginLengte];
        var lengte = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        return buffer[..lengte];
    }

    /// <summary>Returns the first line of the file as text, without a byte order mark.</summary>
    private static string Kopregel(byte[] begin)
    {
        var span = begin.AsSpan();
        if (span.StartsWith(Utf8Bom))
        {
            span = span[Utf8Bom.Length..];
        }

        var einde = span.IndexOfAny((byte)'\r', (byte)'\n');
        return Encoding.UTF8.GetString(einde >= 0 ? span[..einde] : span);
    }

    /// <summary>
    /// Reads the whole file once as UTF-8 and returns the first problem: a NUL byte (binary content), an invalid byte
    /// sequence with its line, or no content but white space.
    /// </summary>
    private static async Task<Bestandsfout?> ControleerTekstAsync(Func<Stream> open, CancellationToken cancellationToken)
    {
        await using var stream = open();
        var bytes = ArrayPool<byte>.Shared.Rent(BeginLengte);
        var chars = ArrayPool<char>.Shared.Rent(BeginLengte);
        try
        {
            var regel = 1;
            var heeftInhoud = false;
            var rest = 0;
            var eerste = true;
            while (true)
            {
                var gelezen = await stream.ReadAsync(bytes.AsMemory(rest, BeginLengte - rest), cancellationToken);
                var einde = gelezen == 0;
                var blok = bytes.AsSpan(0, rest + gelezen);
                if (eerste && blok.StartsWith(Utf8Bom))
                {
                    blok = blok[Utf8Bom.Length..];
                }

                eerste = false;

                var status = Utf8.ToUtf16(blok, chars, out var bytesGelezen, out _, replaceInvalidSequences: false, isFinalBlock: einde);
                var geldig = blok[..bytesGelezen];
                if (geldig.Contains((byte)0))
                {
                    return Bestandsfouten.GeenTekst;
                }

                regel += geldig.Count((byte)'\n');
                heeftInhoud |= geldig.IndexOfAnyExcept(" \t\r\n"u8) >= 0;

                if (status == OperationStatus.InvalidData)
                {
                    return Bestandsfouten.GeenUtf8(regel);
                }

                if (einde)
                {
                    return heeftInhoud ? null : Bestandsfouten.Leeg;
                }

                // An incomplete character at the end of the block is read again with the next block.
                var onvolledig = blok[bytesGelezen..];
                onvolledig.CopyTo(bytes);
                rest = onvolledig.Length;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Returns whether the zip archive is an Excel workbook: readable, with a workbook part.</summary>
    private static async Task<bool> IsWerkmapAsync(Func<Stream> open, CancellationToken cancellationToken)
    {
        await using var stream = await Zoekbaar.OpenAsync(open, cancellationToken);
        try
        {
            using var archief = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            return archief.GetEntry("xl/workbook.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
