using Host.Abstractions;

namespace Inburgering.Plugin.Bestandsimport;

/// <summary>The kinds of structural error that reject a delivery file before any row is imported.</summary>
internal enum BestandsfoutSoort
{
    /// <summary>The file has no content, or only white space.</summary>
    Leeg,

    /// <summary>The file contains binary content, such as NUL bytes.</summary>
    GeenTekst,

    /// <summary>The file is text, but not valid UTF-8.</summary>
    GeenUtf8,

    /// <summary>The file is UTF-16 text (Excel's "Unicode text").</summary>
    Utf16,

    /// <summary>The file is an Excel 97-2003 workbook (.xls).</summary>
    OudExcel,

    /// <summary>The file is a zip archive but not an Excel workbook (.xlsx), or a damaged one.</summary>
    GeenWerkmap,

    /// <summary>The header has one column, while its line contains another separator, such as a tab or <c>|</c>.</summary>
    Scheidingsteken,

    /// <summary>A column of the header has no name.</summary>
    KolomZonderNaam,

    /// <summary>Column names occur more than once in the header.</summary>
    DubbeleKolommen,

    /// <summary>Required columns are missing from the header.</summary>
    OntbrekendeKolommen,

    /// <summary>The header has columns that the format does not have.</summary>
    OnbekendeKolommen,

    /// <summary>The file has a header, but no data rows.</summary>
    GeenRegels,

    /// <summary>The first data row has no <c>levering_id</c>, so the delivery has no reference.</summary>
    GeenLeveringId,

    /// <summary>A quoted field is never closed, so the rest of the file would read as one value.</summary>
    OpenAanhalingsteken,
}

/// <summary>A structural error of a delivery file: what is wrong and how to fix it, in Dutch and English.</summary>
/// <param name="Soort">The kind of error, for logs and programs.</param>
/// <param name="Melding">The message for the user.</param>
internal sealed record Bestandsfout(BestandsfoutSoort Soort, LocalizedText Melding);
