namespace Inburgering.Plugin.Leveringen;

/// <summary>The outcome of checking the form of one <see cref="LeveringRegel"/>: the typed row, or what is wrong.</summary>
/// <param name="Regel">The typed row when <paramref name="Fouten"/> is empty; otherwise <see langword="null"/>.</param>
/// <param name="Fouten">Every wrong value of the row, each naming the line, the column and the value.</param>
internal sealed record RegelValidatie(GevalideerdeRegel? Regel, IReadOnlyList<LeveringFoutmelding> Fouten);
