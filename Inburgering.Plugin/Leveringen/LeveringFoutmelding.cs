using Host.Abstractions;

namespace Inburgering.Plugin.Leveringen;

/// <summary>What is wrong with one value of a delivery, before it is stored as a <see cref="LeveringFout"/>.</summary>
/// <param name="Regelnummer">The line or row number; 0 for the whole delivery.</param>
/// <param name="Kolom">The column of <see cref="LeveringKolommen"/>, or <see langword="null"/> for the whole row.</param>
/// <param name="Waarde">The value as delivered, or <see langword="null"/>.</param>
/// <param name="Code">A stable code for programs, such as <c>verplicht</c>, <c>datum</c>, <c>bsn</c> or <c>dubbel</c>.</param>
/// <param name="Melding">What is wrong and how to fix it, in Dutch and English, naming the column.</param>
internal sealed record LeveringFoutmelding(int Regelnummer, string? Kolom, string? Waarde, string Code, LocalizedText Melding);
