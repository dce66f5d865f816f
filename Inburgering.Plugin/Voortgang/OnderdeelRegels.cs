using Host.Abstractions;

namespace Inburgering.Plugin.Voortgang;

/// <summary>The checks PVT and MAP share on their result, reason, culpability and DUO registration.</summary>
internal static class OnderdeelRegels
{
    /// <summary>
    /// Returns what is wrong, or <see langword="null"/>: a result needs its <paramref name="datum"/> (signing or
    /// eindgesprek); "niet voldaan" needs a reason and whether it is culpable; registration at DUO needs a result and
    /// cannot be before <paramref name="datum"/>.
    /// </summary>
    public static FieldError? Controleer(
        OnderdeelResultaat? resultaat,
        DateOnly? datum,
        FieldDefinition datumField,
        string? reden,
        FieldDefinition redenField,
        string? verwijtbaar,
        FieldDefinition verwijtbaarField,
        DateOnly? duo,
        FieldDefinition duoField)
    {
        ArgumentNullException.ThrowIfNull(datumField);
        ArgumentNullException.ThrowIfNull(redenField);
        ArgumentNullException.ThrowIfNull(verwijtbaarField);
        ArgumentNullException.ThrowIfNull(duoField);

        if (resultaat is not null && datum is null)
        {
            return VoortgangEditor.Missing(datumField);
        }

        if (resultaat == OnderdeelResultaat.NietVoldaan && reden is null)
        {
            return VoortgangEditor.Missing(redenField);
        }

        if (resultaat == OnderdeelResultaat.NietVoldaan && verwijtbaar is not ("Ja" or "Nee"))
        {
            return new FieldError(verwijtbaarField.Key, new LocalizedText(
                $"Kies bij 'niet voldaan' of het verwijtbaar is: ja of nee ({verwijtbaarField.Label.Nl}).",
                $"With 'not met', choose whether it is culpable: yes or no ({verwijtbaarField.Label.En})."));
        }

        if (duo is not null && (resultaat is null || datum is null))
        {
            return new FieldError(duoField.Key, new LocalizedText(
                $"Leg eerst {datumField.Label.Nl.ToLowerInvariant()} en het resultaat vast; pas dan kan het in het DUO-portaal geregistreerd zijn.",
                $"First record {datumField.Label.En.ToLowerInvariant()} and the result; only then can it be registered in the DUO portal."));
        }

        if (duo < datum)
        {
            return new FieldError(duoField.Key, new LocalizedText(
                $"De registratie in het DUO-portaal kan niet voor {VoortgangEditor.Dutch(datum!.Value)} liggen. Kies een datum op of na die dag.",
                $"The registration in the DUO portal cannot be before {VoortgangEditor.Dutch(datum!.Value)}. Choose a date on or after that day."));
        }

        return null;
    }
}
