using Host.Abstractions;

namespace Inburgering.Plugin.Termijn;

/// <summary>The checks on a verlenging before it is recorded.</summary>
internal static class VerlengingRegels
{
    /// <summary>
    /// Returns the errors in a verlenging, empty when it is valid: the decision lies between the start of the termijn
    /// and <paramref name="vandaag"/>, the new last day comes after <paramref name="huidigeLaatsteDag"/> (the effective
    /// last day before this decision), and the ground <see cref="VerlengingsGrond.Anders"/> has a toelichting.
    /// </summary>
    public static IReadOnlyList<FieldError> Valideer(
        Inburgeringstermijn termijn,
        DateOnly huidigeLaatsteDag,
        DateOnly besluitdatum,
        DateOnly nieuweLaatsteDag,
        VerlengingsGrond grond,
        string? toelichting,
        DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(termijn);

        var errors = new List<FieldError>();

        if (besluitdatum < termijn.Start || besluitdatum > vandaag)
        {
            errors.Add(new FieldError(TermijnFields.Besluitdatum.Key, new LocalizedText(
                $"De besluitdatum moet tussen het begin van de termijn ({Datum.Nl(termijn.Start)}) en vandaag ({Datum.Nl(vandaag)}) liggen.",
                $"The decision date must lie between the start of the term ({Datum.En(termijn.Start)}) and today ({Datum.En(vandaag)}).")));
        }

        if (nieuweLaatsteDag <= huidigeLaatsteDag)
        {
            errors.Add(new FieldError(TermijnFields.NieuweLaatsteDag.Key, new LocalizedText(
                $"De nieuwe laatste dag moet na de huidige laatste dag van de termijn ({Datum.Nl(huidigeLaatsteDag)}) liggen.",
                $"The new last day must come after the current last day of the term ({Datum.En(huidigeLaatsteDag)}).")));
        }

        if (grond == VerlengingsGrond.Anders && string.IsNullOrWhiteSpace(toelichting))
        {
            errors.Add(new FieldError(TermijnFields.Toelichting.Key, new LocalizedText(
                "Beschrijf de grond in de toelichting als u 'anders' kiest.",
                "Describe the ground in the explanation when you choose 'other'.")));
        }

        return errors;
    }
}
