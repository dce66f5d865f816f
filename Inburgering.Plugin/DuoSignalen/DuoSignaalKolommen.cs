using Inburgering.Plugin.Dossiers;

namespace Inburgering.Plugin.DuoSignalen;

/// <summary>
/// The columns of the import file of DUO signals, one row per signal; <c>docs/duo-signalen-import.md</c> describes
/// them. Each column fills the field of the manual entry form with the same meaning, so both paths check a signal alike.
/// </summary>
internal static class DuoSignaalKolommen
{
    public const string Soort = "soort";

    public const string Kennisgevingsdatum = "kennisgevingsdatum";

    public const string Bsn = "bsn";

    public const string VNummer = "v_nummer";

    public const string Doelgroep = "doelgroep";

    public const string WetRegime = "wet_regime";

    public const string Koppeldatum = "koppeldatum";

    public const string Kenmerk = "kenmerk";

    public const string Toelichting = "toelichting";

    /// <summary>Every column in the template's order.</summary>
    public static IReadOnlyList<string> Alle { get; } = [Soort, Kennisgevingsdatum, Bsn, VNummer, Doelgroep, WetRegime, Koppeldatum, Kenmerk, Toelichting];

    /// <summary>The columns the header must have; the others may be left out.</summary>
    public static IReadOnlyList<string> Verplicht { get; } = [Soort, Kennisgevingsdatum];

    /// <summary>The columns whose values are codes; spaces, underscores and hyphens in them are ignored.</summary>
    public static IReadOnlySet<string> Codes { get; } = new HashSet<string>(StringComparer.Ordinal) { Soort, Doelgroep, WetRegime };

    /// <summary>The field key of the entry form per column.</summary>
    public static IReadOnlyDictionary<string, string> Veldsleutel { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Soort] = DuoSignaalFields.Soort.Key,
        [Kennisgevingsdatum] = DuoSignaalFields.Kennisgevingsdatum.Key,
        [Bsn] = DossierFields.Bsn.Key,
        [VNummer] = DossierFields.VNummer.Key,
        [Doelgroep] = DossierFields.Doelgroep.Key,
        [WetRegime] = DossierFields.WetRegime.Key,
        [Koppeldatum] = DuoSignaalFields.Koppeldatum.Key,
        [Kenmerk] = DuoSignaalFields.Kenmerk.Key,
        [Toelichting] = DuoSignaalFields.Toelichting.Key,
    };

    /// <summary>Returns the column of a field key of the entry form, or <see langword="null"/> for an error about the whole row.</summary>
    public static string? VanVeldsleutel(string veldsleutel) =>
        Veldsleutel.FirstOrDefault(k => k.Value == veldsleutel).Key;
}
