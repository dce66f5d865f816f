namespace SampleHost.Brp.StandIn;

/// <summary>One current occurrence of category 04 (nationality) in the RvIG test set.</summary>
/// <param name="Code">The nationality (04.05.10), a four-digit code of table 32, or <see langword="null"/>.</param>
/// <param name="BijzonderNederlanderschap">04.65.10: <c>B</c> treated as Dutch, <c>V</c> established not Dutch.</param>
/// <param name="RedenOpname">Why the nationality was recorded (04.63.10).</param>
/// <param name="RedenBeeindigen">Why it ended (04.64.10); a value means the nationality has ended.</param>
/// <param name="DatumIngangGeldigheid">The date from which the occurrence is valid (04.85.10), <c>yyyymmdd</c>.</param>
internal sealed record RvigNationaliteit(
    string? Code,
    string? BijzonderNederlanderschap,
    string? RedenOpname,
    string? RedenBeeindigen,
    string? DatumIngangGeldigheid);
