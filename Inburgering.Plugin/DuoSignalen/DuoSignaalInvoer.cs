using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Levensloop;
using Inburgering.Plugin.Registration;

namespace Inburgering.Plugin.DuoSignalen;

/// <summary>A DUO signal as parsed from the entry form, valid for its kind.</summary>
internal sealed record DuoSignaalInvoer(
    DuoSignaalSoort Soort,
    DateOnly Kennisgevingsdatum,
    DateOnly OntvangenOp,
    PersonIdentity Persoon,
    Doelgroep? Doelgroep,
    WetRegime? WetRegime,
    DateOnly? Koppeldatum,
    string? Toelichting)
{
    /// <summary>The earliest legal date: the Wet inburgering 2013 took effect on 1 January 2013.</summary>
    private static readonly DateOnly s_earliest = new(2013, 1, 1);

    /// <summary>DUO's own reference of the signal, or <see langword="null"/> when the signal has none.</summary>
    public string? Kenmerk { get; init; }

    /// <summary>The content key of the signal; see <see cref="DuoSignaalSleutel"/>.</summary>
    public string Inhoudssleutel => DuoSignaalSleutel.Van(Soort, Kennisgevingsdatum, Persoon.Bsn?.Value, Persoon.VNummer?.Value);

    /// <summary>
    /// Parses the entry form. A new plichtige needs a doelgroep and a wet regime, a correction at least one of them; a
    /// withdrawal ignores them. Returns <see langword="null"/> and adds the errors per field when the form is invalid.
    /// </summary>
    public static DuoSignaalInvoer? Parse(ActionRequest request, DateOnly today, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);

        var soort = RegistrationInputParser.ParseChoice<DuoSignaalSoort>(
            request.Value(DuoSignaalFields.Soort.Key),
            DuoSignaalFields.Soort.Key,
            new LocalizedText("Kies de soort signaal: nieuwe inburgeringsplichtige, correctie of intrekking.", "Choose the kind of signal: new person obliged to integrate, correction or withdrawal."),
            errors);
        var kennisgevingsdatum = ParseKennisgevingsdatum(request, today, errors);
        var ontvangenOp = ParseOntvangenOp(request, kennisgevingsdatum, today, errors);

        var doelgroep = ParseOptionalChoice<Doelgroep>(request, DossierFields.Doelgroep.Key, RegistrationInputParser.DoelgroepMissing, errors);
        var wetRegime = ParseOptionalChoice<WetRegime>(request, DossierFields.WetRegime.Key, RegistrationInputParser.WetRegimeMissing, errors);
        if (soort == DuoSignaalSoort.Intrekking)
        {
            doelgroep = null;
            wetRegime = null;
        }

        var persoon = RegistrationInputParser.ParseIdentity(
            new RegistrationInput(request.Value(DossierFields.Bsn.Key), request.Value(DossierFields.VNummer.Key), null, null, null),
            soort == DuoSignaalSoort.NieuwePlichtige ? doelgroep : null,
            errors);

        DateOnly? koppeldatum = null;
        if (soort == DuoSignaalSoort.NieuwePlichtige)
        {
            koppeldatum = CheckNieuwePlichtige(request, wetRegime, kennisgevingsdatum, today, errors);
        }
        else if (soort == DuoSignaalSoort.Correctie && request.Value(DossierFields.Doelgroep.Key) is null && request.Value(DossierFields.WetRegime.Key) is null)
        {
            errors.Add(new FieldError(DossierFields.WetRegime.Key, new LocalizedText(
                "Een correctie van DUO wijzigt het wettelijk regime, de doelgroep of allebei. Kies de nieuwe waarde die DUO meldt.",
                "A correction from DUO changes the legal regime, the target group or both. Choose the new value DUO reports.")));
        }

        var toelichting = LevensloopInput.ParseText(request, DuoSignaalFields.Toelichting, null, errors);
        var kenmerk = LevensloopInput.ParseText(request, DuoSignaalFields.Kenmerk, null, errors);

        if (errors.Count > 0 || soort is null || kennisgevingsdatum is null || ontvangenOp is null || persoon is null)
        {
            return null;
        }

        return new DuoSignaalInvoer(soort.Value, kennisgevingsdatum.Value, ontvangenOp.Value, persoon, doelgroep, wetRegime, koppeldatum, toelichting)
        {
            Kenmerk = kenmerk,
        };
    }

    /// <summary>Creates the new signal of this input in the inbox of <paramref name="gemeente"/>.</summary>
    public DuoSignaal MaakSignaal(string gemeente, string ingevoerdDoor, DateTimeOffset ingevoerdOp) => new()
    {
        Id = Guid.CreateVersion7(),
        Gemeente = gemeente,
        Soort = Soort,
        Kennisgevingsdatum = Kennisgevingsdatum,
        OntvangenOp = OntvangenOp,
        Bsn = Persoon.Bsn?.Value,
        VNummer = Persoon.VNummer?.Value,
        Doelgroep = Doelgroep,
        WetRegime = WetRegime,
        Koppeldatum = Koppeldatum,
        Kenmerk = Kenmerk,
        Inhoudssleutel = Inhoudssleutel,
        Toelichting = Toelichting,
        Status = DuoSignaalStatus.Nieuw,
        IngevoerdOp = ingevoerdOp,
        IngevoerdDoor = ingevoerdDoor,
    };

    private static DateOnly? ParseKennisgevingsdatum(ActionRequest request, DateOnly today, List<FieldError> errors)
    {
        var key = DuoSignaalFields.Kennisgevingsdatum.Key;
        if (DateInput.Parse(request.Value(key)) is not { } date)
        {
            errors.Add(new FieldError(key, new LocalizedText(
                "Vul de datum van het signaal in zoals DUO die gaf, als dd-mm-jjjj, bijvoorbeeld 04-12-2026.",
                "Enter the date of the signal as DUO gave it, as dd-mm-yyyy, for example 04-12-2026.")));
            return null;
        }

        if (date > today || date < s_earliest)
        {
            errors.Add(new FieldError(key, new LocalizedText(
                $"De datum van het signaal moet tussen 1 januari 2013 en vandaag ({DateInput.Dutch(today)}) liggen. Neem de datum over uit het signaal van DUO.",
                $"The date of the signal must lie between 1 January 2013 and today ({DateInput.English(today)}). Copy the date from DUO's signal.")));
            return null;
        }

        return date;
    }

    private static DateOnly? ParseOntvangenOp(ActionRequest request, DateOnly? kennisgevingsdatum, DateOnly today, List<FieldError> errors)
    {
        var key = DuoSignaalFields.OntvangenOp.Key;
        var text = request.Value(key);
        if (text is null)
        {
            return today;
        }

        if (DateInput.Parse(text) is not { } date)
        {
            errors.Add(new FieldError(key, new LocalizedText(
                "Vul de dag van ontvangst in als dd-mm-jjjj, bijvoorbeeld 04-12-2026, of laat het veld leeg voor vandaag.",
                "Enter the day of receipt as dd-mm-yyyy, for example 04-12-2026, or leave the field empty for today.")));
            return null;
        }

        if (date > today || date < kennisgevingsdatum)
        {
            errors.Add(new FieldError(key, new LocalizedText(
                "De dag van ontvangst ligt tussen de datum van het signaal en vandaag. Controleer de datum.",
                "The day of receipt lies between the date of the signal and today. Check the date.")));
            return null;
        }

        return date;
    }

    private static DateOnly? CheckNieuwePlichtige(ActionRequest request, WetRegime? wetRegime, DateOnly? kennisgevingsdatum, DateOnly today, List<FieldError> errors)
    {
        if (request.Value(DossierFields.Doelgroep.Key) is null)
        {
            errors.Add(new FieldError(DossierFields.Doelgroep.Key, RegistrationInputParser.DoelgroepMissing));
        }

        if (request.Value(DossierFields.WetRegime.Key) is null)
        {
            errors.Add(new FieldError(DossierFields.WetRegime.Key, RegistrationInputParser.WetRegimeMissing));
        }

        var koppeldatum = request.Value(DossierFields.Koppeldatum.Key) is { } text
            ? RegistrationInputParser.ParseKoppeldatum(text, today, errors)
            : null;
        RegistrationInputParser.CheckWetRegime(wetRegime, koppeldatum ?? kennisgevingsdatum, errors);
        return koppeldatum;
    }

    private static TEnum? ParseOptionalChoice<TEnum>(ActionRequest request, string key, LocalizedText message, List<FieldError> errors)
        where TEnum : struct, Enum =>
        request.Value(key) is { } code ? RegistrationInputParser.ParseChoice<TEnum>(code, key, message, errors) : null;
}
