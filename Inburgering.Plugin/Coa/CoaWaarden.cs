using System.Globalization;
using Host.Abstractions;

namespace Inburgering.Plugin.Coa;

/// <summary>The values of a COA informatieformulier per field: typed for the screen, as text for the action's form, and the fields two versions differ in.</summary>
internal static class CoaWaarden
{
    /// <summary>Returns each field of <see cref="CoaFields.Formulier"/> with its value as the screen shows it: dates as <see cref="DateOnly"/>, choices as codes.</summary>
    public static IReadOnlyList<(FieldDefinition Veld, object? Waarde)> Van(CoaGegevens gegevens)
    {
        ArgumentNullException.ThrowIfNull(gegevens);

        return
        [
            (CoaFields.Formulierdatum, gegevens.Formulierdatum),
            (CoaFields.RegievoerderNaam, gegevens.RegievoerderNaam),
            (CoaFields.RegievoerderTelefoon, gegevens.RegievoerderTelefoon),
            (CoaFields.RegievoerderEmail, gegevens.RegievoerderEmail),
            (CoaFields.AzcNaam, gegevens.AzcNaam),
            (CoaFields.AzcAdres, gegevens.AzcAdres),
            (CoaFields.AzcTelefoon, gegevens.AzcTelefoon),
            (CoaFields.AzcEmail, gegevens.AzcEmail),
            (CoaFields.DigidAangevraagd, gegevens.DigidAangevraagd.ToString()),
            (CoaFields.DigidAangevraagdOp, gegevens.DigidAangevraagdOp),
            (CoaFields.Rijbewijs, JaNee(gegevens.Rijbewijs)),
            (CoaFields.RijbewijsUitgifteStaat, gegevens.RijbewijsUitgifteStaat),
            (CoaFields.ToestemmingVoorinburgering, JaNee(gegevens.ToestemmingVoorinburgering)),
            (CoaFields.ToestemmingVoorinburgeringOp, gegevens.ToestemmingVoorinburgeringOp),
            (CoaFields.Huisvestingsdatum, gegevens.Huisvestingsdatum),
            (CoaFields.StartScenario, gegevens.StartScenario?.ToString()),
            (CoaFields.Bijzonderheden, gegevens.Bijzonderheden),
        ];
    }

    /// <summary>Returns the values by field key as the action's form expects them: dates as <c>yyyy-MM-dd</c>, choices as codes.</summary>
    public static Dictionary<string, string?> AlsInvoer(CoaGegevens gegevens) =>
        Van(gegevens).ToDictionary(v => v.Veld.Key, v => v.Waarde switch
        {
            DateOnly datum => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => (string?)v.Waarde,
        });

    /// <summary>Returns the keys of the fields whose value in <paramref name="nieuw"/> differs from <paramref name="vorig"/>; all filled fields for a first version.</summary>
    public static IReadOnlyList<string> Verschillen(CoaGegevens? vorig, CoaGegevens nieuw)
    {
        ArgumentNullException.ThrowIfNull(nieuw);

        var nieuweWaarden = Van(nieuw);
        if (vorig is null)
        {
            return [.. nieuweWaarden.Where(v => v.Waarde is not null).Select(v => v.Veld.Key)];
        }

        var vorigeWaarden = Van(vorig);
        return [.. nieuweWaarden.Where((v, index) => !Equals(v.Waarde, vorigeWaarden[index].Waarde)).Select(v => v.Veld.Key)];
    }

    private static string? JaNee(bool? waarde) => waarde switch
    {
        true => nameof(JaNeeOnbekend.Ja),
        false => nameof(JaNeeOnbekend.Nee),
        null => null,
    };
}
