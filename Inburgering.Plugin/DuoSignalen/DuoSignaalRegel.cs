namespace Inburgering.Plugin.DuoSignalen;

/// <summary>One data row of an import file of DUO signals.</summary>
/// <param name="Regelnummer">The line (CSV) or sheet row (XLSX) where the row starts.</param>
/// <param name="Waarden">The trimmed, non-empty values by column of <see cref="DuoSignaalKolommen"/>.</param>
internal sealed record DuoSignaalRegel(int Regelnummer, IReadOnlyDictionary<string, string> Waarden);

/// <summary>What is wrong in one row of an import file, and how to fix it.</summary>
/// <param name="Regelnummer">The line of the row.</param>
/// <param name="Kolom">The column, or <see langword="null"/> when the error is about the whole row.</param>
/// <param name="Waarde">The value in that column, or <see langword="null"/>.</param>
/// <param name="Melding">What is wrong and what to do.</param>
internal sealed record DuoSignaalImportFout(int Regelnummer, string? Kolom, string? Waarde, Host.Abstractions.LocalizedText Melding);
