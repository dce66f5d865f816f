using Host.Abstractions;

namespace Inburgering.Plugin.Begeleiding;

/// <summary>The checked values of the ontzorgen form.</summary>
internal sealed record OntzorgenInput(
    DateOnly BijstandSinds,
    DateOnly Startdatum,
    DateOnly Einddatum,
    string? AfwijkingReden,
    IReadOnlyList<VasteLast> VasteLasten,
    DateOnly? MachtigingOndertekendOp,
    DateOnly? WeigeringOp,
    string? WeigeringToelichting)
{
    /// <summary>Reads and checks the form. Returns every error, each naming its field, when a value is missing or invalid.</summary>
    public static (OntzorgenInput? Input, IReadOnlyList<FieldError> Errors) Read(ActionRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);

        var errors = new List<FieldError>();
        var (bijstandSinds, bijstandError) = DateInput.Read(request, BegeleidingFields.BijstandSinds, required: true);
        var (start, startError) = DateInput.Read(request, BegeleidingFields.OntzorgenStart, required: true);
        var (einde, eindeError) = DateInput.Read(request, BegeleidingFields.OntzorgenEinde, required: false);
        var (machtiging, machtigingError) = DateInput.Read(request, BegeleidingFields.MachtigingOndertekendOp, required: false);
        var (weigering, weigeringError) = DateInput.Read(request, BegeleidingFields.WeigeringOp, required: false);
        errors.AddRange(new[] { bijstandError, startError, eindeError, machtigingError, weigeringError }.OfType<FieldError>());

        var afwijkingReden = request.Value(BegeleidingFields.AfwijkingReden.Key);
        var toelichting = request.Value(BegeleidingFields.WeigeringToelichting.Key);
        var (vasteLasten, vasteLastenError) = ReadVasteLasten(request);
        if (vasteLastenError is not null)
        {
            errors.Add(vasteLastenError);
        }

        if (start is { } s && bijstandSinds is { } b && s < b)
        {
            errors.Add(new FieldError(BegeleidingFields.OntzorgenStart.Key, new LocalizedText(
                $"Het ontzorgen kan niet starten vóór de bijstand ({DateInput.Dutch(b)}). Kies een startdatum op of na die dag.",
                $"Unburdening cannot start before the social assistance ({DateInput.English(b)}). Choose a start date on or after that day.")));
        }

        var standaard = (bijstandSinds ?? start) is { } begin ? OntzorgenRegels.StandaardEinddatum(begin) : (DateOnly?)null;
        var einddatum = einde ?? standaard;
        if (einddatum is { } eind && start is { } eerste && eind < eerste)
        {
            errors.Add(new FieldError(BegeleidingFields.OntzorgenEinde.Key, new LocalizedText(
                "Het einde van het ontzorgen ligt vóór de start. Kies een einddatum op of na de startdatum.",
                "The end of the unburdening is before its start. Choose an end date on or after the start date.")));
        }

        if (einddatum is { } laatste && standaard is { } normaal && laatste != normaal && afwijkingReden is null)
        {
            errors.Add(new FieldError(BegeleidingFields.AfwijkingReden.Key, new LocalizedText(
                $"De standaard einddatum is {DateInput.Dutch(normaal)} (6 maanden). Vul de reden in voor einddatum {DateInput.Dutch(laatste)}, bijvoorbeeld maatwerk (Participatiewet art. 57), of laat de einddatum leeg.",
                $"The standard end date is {DateInput.English(normaal)} (6 months). Enter the reason for end date {DateInput.English(laatste)}, for example tailored support (Participation Act art. 57), or leave the end date empty.")));
        }

        errors.AddRange(CheckMachtigingEnWeigering(machtiging, weigering, toelichting, today));

        if (vasteLasten.Count == 0 && weigering is null && vasteLastenError is null)
        {
            errors.Add(new FieldError(BegeleidingFields.VasteLasten.Key, new LocalizedText(
                "Kies welke vaste lasten uit de bijstand worden betaald: huur, energie of zorgverzekering.",
                "Choose which fixed charges are paid from the benefit: rent, energy or health insurance.")));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var reden = einddatum == standaard ? null : afwijkingReden;
        return (new OntzorgenInput(bijstandSinds!.Value, start!.Value, einddatum!.Value, reden, vasteLasten, machtiging, weigering, weigering is null ? null : toelichting), []);
    }

    /// <summary>Copies the values to <paramref name="ontzorging"/>.</summary>
    public void ApplyTo(Ontzorging ontzorging)
    {
        ArgumentNullException.ThrowIfNull(ontzorging);

        ontzorging.BijstandSinds = BijstandSinds;
        ontzorging.Startdatum = Startdatum;
        ontzorging.Einddatum = Einddatum;
        ontzorging.AfwijkingReden = AfwijkingReden;
        ontzorging.VasteLasten = [.. VasteLasten];
        ontzorging.MachtigingOndertekendOp = MachtigingOndertekendOp;
        ontzorging.WeigeringOp = WeigeringOp;
        ontzorging.WeigeringToelichting = WeigeringToelichting;
    }

    private static IEnumerable<FieldError> CheckMachtigingEnWeigering(DateOnly? machtiging, DateOnly? weigering, string? toelichting, DateOnly today)
    {
        if (machtiging > today)
        {
            yield return new FieldError(BegeleidingFields.MachtigingOndertekendOp.Key, new LocalizedText(
                $"De machtiging kan niet in de toekomst zijn ondertekend. Kies een datum tot en met vandaag ({DateInput.Dutch(today)}).",
                $"The authorisation cannot be signed in the future. Choose a date up to today ({DateInput.English(today)})."));
        }

        if (weigering > today)
        {
            yield return new FieldError(BegeleidingFields.WeigeringOp.Key, new LocalizedText(
                $"De weigering kan niet in de toekomst liggen. Kies een datum tot en met vandaag ({DateInput.Dutch(today)}).",
                $"The refusal cannot be in the future. Choose a date up to today ({DateInput.English(today)})."));
        }

        if (machtiging is not null && weigering is not null)
        {
            yield return new FieldError(BegeleidingFields.WeigeringOp.Key, new LocalizedText(
                "Een ondertekende machtiging en een weigering sluiten elkaar uit. Vul alleen de machtiging of alleen de weigering in.",
                "A signed authorisation and a refusal exclude each other. Fill in only the authorisation or only the refusal."));
        }

        if (weigering is not null && toelichting is null)
        {
            yield return new FieldError(BegeleidingFields.WeigeringToelichting.Key, new LocalizedText(
                "Vul bij een weigering de toelichting in: wat is geweigerd en hoe de afstemming (Participatiewet art. 18) is gewogen.",
                "With a refusal, enter the explanation: what was refused and how the reduction (Participation Act art. 18) was weighed."));
        }
    }

    private static (IReadOnlyList<VasteLast> VasteLasten, FieldError? Error) ReadVasteLasten(ActionRequest request)
    {
        var text = request.Value(BegeleidingFields.VasteLasten.Key);
        if (text is null)
        {
            return ([], null);
        }

        var vasteLasten = new List<VasteLast>();
        foreach (var code in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<VasteLast>(code, ignoreCase: false, out var vasteLast) || !Enum.IsDefined(vasteLast) || int.TryParse(code, out _))
            {
                return ([], new FieldError(BegeleidingFields.VasteLasten.Key, new LocalizedText(
                    "Kies de vaste lasten uit de lijst: huur, energie of zorgverzekering.",
                    "Choose the fixed charges from the list: rent, energy or health insurance.")));
            }

            if (!vasteLasten.Contains(vasteLast))
            {
                vasteLasten.Add(vasteLast);
            }
        }

        return (vasteLasten, null);
    }
}
