using Host.Abstractions;

namespace Inburgering.Plugin.Coa;

/// <summary>
/// The columns of a file of COA informatieformulieren, one row per person: <c>bsn</c> or <c>v_nummer</c> to find the
/// dossier, then one column per field of the form. <c>docs/coa-informatieformulier.md</c> describes each column.
/// </summary>
internal static class CoaKolommen
{
    public const string Bsn = "bsn";

    public const string VNummer = "v_nummer";

    /// <summary>The columns of the form's fields, in the order of <see cref="CoaFields.Formulier"/>.</summary>
    public static IReadOnlyList<(string Kolom, FieldDefinition Veld)> Velden { get; } =
    [
        ("formulierdatum", CoaFields.Formulierdatum),
        ("regievoerder_naam", CoaFields.RegievoerderNaam),
        ("regievoerder_telefoon", CoaFields.RegievoerderTelefoon),
        ("regievoerder_email", CoaFields.RegievoerderEmail),
        ("azc_naam", CoaFields.AzcNaam),
        ("azc_adres", CoaFields.AzcAdres),
        ("azc_telefoon", CoaFields.AzcTelefoon),
        ("azc_email", CoaFields.AzcEmail),
        ("digid_aangevraagd", CoaFields.DigidAangevraagd),
        ("digid_aangevraagd_op", CoaFields.DigidAangevraagdOp),
        ("rijbewijs", CoaFields.Rijbewijs),
        ("rijbewijs_uitgifte_staat", CoaFields.RijbewijsUitgifteStaat),
        ("toestemming_voorinburgering", CoaFields.ToestemmingVoorinburgering),
        ("toestemming_voorinburgering_op", CoaFields.ToestemmingVoorinburgeringOp),
        ("huisvestingsdatum", CoaFields.Huisvestingsdatum),
        ("start_scenario", CoaFields.StartScenario),
        ("bijzonderheden", CoaFields.Bijzonderheden),
    ];

    /// <summary>Every column in the order of the template.</summary>
    public static IReadOnlyList<string> Alle { get; } = [Bsn, VNummer, .. Velden.Select(v => v.Kolom)];

    /// <summary>The columns a file must have; <c>bsn</c> and <c>v_nummer</c> may be missing, but not both.</summary>
    public static IReadOnlyList<string> Verplicht { get; } = ["formulierdatum"];

    /// <summary>Returns the column of <paramref name="veld"/>.</summary>
    public static string KolomVan(FieldDefinition veld) => Velden.Single(v => v.Veld == veld).Kolom;
}
