using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Leveringen;

namespace Inburgering.Plugin.Portaal;

/// <summary>
/// Turns the portal's delivery form into a <see cref="LeveringRegel"/>, so the portal is checked and processed like a
/// file or an API call, and turns the errors of that processing back into errors at the form's fields.
/// </summary>
internal static class LeveringFormulier
{
    private static readonly string[] s_dateFormats = ["yyyy-MM-dd", "d-M-yyyy"];

    private static readonly Dictionary<string, string> s_veldVanKolom =
        PortaalFields.Kolommen.ToDictionary(k => k.Value, k => k.Key, StringComparer.Ordinal);

    /// <summary>
    /// Builds row 1 of a delivery for the aanmelding of <paramref name="bsn"/> at <paramref name="aanbieder"/>. Dates
    /// typed as <c>d-M-yyyy</c> become ISO dates; a date in neither form is an error at its field, and then there is
    /// no row. The other values go into the row as typed, so the processing checks them as it checks a file.
    /// </summary>
    public static (LeveringRegel? Regel, IReadOnlyList<FieldError> Fouten) Bouw(
        ActionRequest request,
        string referentie,
        Aanbieder aanbieder,
        string bsn,
        Cursusonderdeel onderdeel)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(aanbieder);

        var waarden = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [LeveringKolommen.LeveringId] = referentie,
            [LeveringKolommen.AanbiederKvk] = aanbieder.KvkNummer,
            [LeveringKolommen.Vestigingsnummer] = aanbieder.Vestigingsnummer,
            [LeveringKolommen.Bsn] = bsn,
            [LeveringKolommen.Onderdeel] = OnderdeelCodes.Code(onderdeel),
        };

        var fouten = new List<FieldError>();
        foreach (var veld in PortaalFields.Formulier)
        {
            var waarde = request.Value(veld.Key);
            if (veld.Type == FieldType.Date && waarde is not null)
            {
                if (!DateOnly.TryParseExact(waarde, s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
                {
                    fouten.Add(new FieldError(veld.Key, new LocalizedText(
                        $"'{waarde}' is geen datum. Vul {veld.Label.Nl.ToLowerInvariant()} in als dd-mm-jjjj, bijvoorbeeld 04-12-2026.",
                        $"'{waarde}' is not a date. Enter {veld.Label.En.ToLowerInvariant()} as dd-mm-yyyy, for example 04-12-2026.")));
                    continue;
                }

                waarde = datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            waarden[PortaalFields.Kolommen[veld.Key]] = waarde;
        }

        return fouten.Count > 0 ? (null, fouten) : (new LeveringRegel(1, waarden), []);
    }

    /// <summary>
    /// Returns each error of the processing at the form field of its column. An error of a column the form does not
    /// have (such as the BSN, which comes from the aanmelding) or of the whole row is an error of the whole form.
    /// </summary>
    public static IReadOnlyList<FieldError> NaarVelden(IEnumerable<LeveringFoutmelding> fouten)
    {
        ArgumentNullException.ThrowIfNull(fouten);

        return [.. fouten.Select(f => new FieldError(VeldVan(f.Kolom), f.Melding))];
    }

    /// <summary>Returns the form field key of <paramref name="kolom"/>, or the empty key of the whole form.</summary>
    public static string VeldVan(string? kolom) =>
        kolom is not null && s_veldVanKolom.TryGetValue(kolom, out var veld) ? veld : string.Empty;
}
