namespace Inburgering.Plugin.Begeleiding;

/// <summary>The current values that fill the forms of the begeleiding screen's actions.</summary>
internal static class BegeleidingActionValues
{
    /// <summary>
    /// Returns the values by field key. The end of the ontzorgen is filled only when it differs from the default, so a
    /// changed start date moves the default end along.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> Of(Ontzorging? ontzorging, MaatschappelijkeBegeleiding? begeleiding, Voortgangsgesprek? gepland)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (ontzorging is not null)
        {
            values[BegeleidingFields.BijstandSinds.Key] = DateInput.Format(ontzorging.BijstandSinds);
            values[BegeleidingFields.OntzorgenStart.Key] = DateInput.Format(ontzorging.Startdatum);
            values[BegeleidingFields.OntzorgenEinde.Key] = ontzorging.AfwijkingReden is null ? null : DateInput.Format(ontzorging.Einddatum);
            values[BegeleidingFields.AfwijkingReden.Key] = ontzorging.AfwijkingReden;
            values[BegeleidingFields.VasteLasten.Key] = string.Join(",", ontzorging.VasteLasten);
            values[BegeleidingFields.MachtigingOndertekendOp.Key] = DateInput.Format(ontzorging.MachtigingOndertekendOp);
            values[BegeleidingFields.WeigeringOp.Key] = DateInput.Format(ontzorging.WeigeringOp);
            values[BegeleidingFields.WeigeringToelichting.Key] = ontzorging.WeigeringToelichting;
        }

        if (begeleiding is not null)
        {
            values[BegeleidingFields.Organisatie.Key] = begeleiding.Organisatie;
            values[BegeleidingFields.Contactpersoon.Key] = begeleiding.Contactpersoon;
            values[BegeleidingFields.BegeleidingStart.Key] = DateInput.Format(begeleiding.Startdatum);
            values[BegeleidingFields.BegeleidingEinde.Key] = DateInput.Format(begeleiding.Einddatum);
            values[BegeleidingFields.BegeleidingNotities.Key] = begeleiding.Notities;
        }

        if (gepland?.GeplandOp is { } moment)
        {
            values[BegeleidingFields.GesprekDatum.Key] = DateInput.Format(AmsterdamMoment.DateOf(moment));
            values[BegeleidingFields.GesprekTijd.Key] = AmsterdamMoment.TimeOf(moment);
            values[BegeleidingFields.GehoudenDatum.Key] = DateInput.Format(AmsterdamMoment.DateOf(moment));
            values[BegeleidingFields.GehoudenTijd.Key] = AmsterdamMoment.TimeOf(moment);
        }

        return values;
    }
}
