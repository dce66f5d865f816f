using System.Globalization;
using System.Text.RegularExpressions;
using Host.Abstractions;
using Inburgering.Plugin.Voortgang;

namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// Reads the values of one <see cref="LeveringRegel"/> by type for <see cref="LeveringRegelValidatie"/>, and collects an
/// error for each value of the wrong form. A method returns <see langword="null"/> for a value that is absent or wrong.
/// </summary>
internal sealed partial class LeveringRegelLezer(LeveringRegel regel)
{
    private readonly List<LeveringFoutmelding> _fouten = [];

    public IReadOnlyList<LeveringFoutmelding> Fouten => _fouten;

    public string? Tekst(string kolom, bool verplicht, int maxLengte)
    {
        var waarde = Waarde(kolom, verplicht);
        if (waarde is null)
        {
            return null;
        }

        if (waarde.Length > maxLengte)
        {
            return TekstFout(LeveringMeldingen.TeLang(regel.Regelnummer, kolom, waarde, maxLengte));
        }

        return waarde;
    }

    /// <summary>Reads a number of exactly <paramref name="aantal"/> digits, such as a KvK number, keeping leading zeros.</summary>
    public string? Cijfers(string kolom, bool verplicht, int aantal, Func<int, string, LeveringFoutmelding> fout)
    {
        var waarde = Waarde(kolom, verplicht);
        if (waarde is null)
        {
            return null;
        }

        if (waarde.Length != aantal || !waarde.All(char.IsAsciiDigit))
        {
            return TekstFout(fout(regel.Regelnummer, waarde));
        }

        return waarde;
    }

    /// <summary>Reads the BSN as <see cref="Host.Abstractions.Bsn"/> does: eight digits get a leading zero.</summary>
    public Bsn? Bsn()
    {
        var waarde = Waarde(LeveringKolommen.Bsn, verplicht: true);
        if (waarde is null)
        {
            return null;
        }

        if (!Host.Abstractions.Bsn.TryParse(waarde, out var bsn, out var fout))
        {
            _fouten.Add(LeveringMeldingen.GeenBsn(regel.Regelnummer, waarde, fout.Value));
            return null;
        }

        return bsn;
    }

    /// <summary>Reads the leerroute code in capitals.</summary>
    public string? Leerroute()
    {
        var waarde = Waarde(LeveringKolommen.Leerroute, verplicht: false);
        if (waarde is null)
        {
            return null;
        }

        var code = LeveringCodes.Leerroutes.FirstOrDefault(c => string.Equals(c, waarde, StringComparison.OrdinalIgnoreCase));
        if (code is null)
        {
            return TekstFout(LeveringMeldingen.OnbekendeCode(regel.Regelnummer, LeveringKolommen.Leerroute, waarde, LeveringCodes.Leerroutes));
        }

        return code;
    }

    public T? Code<T>(string kolom, bool verplicht, IReadOnlyDictionary<string, T> codes)
        where T : struct
    {
        var waarde = Waarde(kolom, verplicht);
        if (waarde is null)
        {
            return null;
        }

        if (!codes.TryGetValue(waarde, out var code))
        {
            _fouten.Add(LeveringMeldingen.OnbekendeCode(regel.Regelnummer, kolom, waarde, codes.Keys));
            return null;
        }

        return code;
    }

    /// <summary>Reads an optional CEFR level, A0 to C1.</summary>
    public Vaardigheidsniveau? Niveau(string kolom)
    {
        var waarde = Waarde(kolom, verplicht: false);
        if (waarde is null)
        {
            return null;
        }

        if (!LeveringCodes.Niveaus.TryGetValue(waarde, out var niveau))
        {
            _fouten.Add(LeveringMeldingen.GeenNiveau(regel.Regelnummer, kolom, waarde));
            return null;
        }

        return niveau;
    }

    public DateOnly? Datum(string kolom, bool verplicht)
    {
        var waarde = Waarde(kolom, verplicht);
        if (waarde is null)
        {
            return null;
        }

        if (!Inburgering.Plugin.Termijn.Datum.TryParse(waarde, out var datum))
        {
            _fouten.Add(LeveringMeldingen.GeenDatum(regel.Regelnummer, kolom, waarde));
            return null;
        }

        return datum;
    }

    /// <summary>
    /// Reads periode_van and periode_tot: the period may end today but not later, and lasts at most one year. A period
    /// from 29 February runs at most until 28 February of the next year.
    /// </summary>
    public Periode? Periode(DateOnly vandaag)
    {
        var fouten = _fouten.Count;
        var van = Datum(LeveringKolommen.PeriodeVan, verplicht: true);
        var tot = Datum(LeveringKolommen.PeriodeTot, verplicht: true);
        var totTekst = Waarde(LeveringKolommen.PeriodeTot, verplicht: false);

        if (van is not null && tot is not null)
        {
            var uiterlijk = Leveringen.Periode.Uiterlijk(van.Value);
            if (tot < van)
            {
                _fouten.Add(LeveringMeldingen.PeriodeOmgekeerd(regel.Regelnummer, totTekst!, van.Value));
            }
            else if (tot > uiterlijk)
            {
                _fouten.Add(LeveringMeldingen.PeriodeTeLang(regel.Regelnummer, totTekst!, van.Value, uiterlijk));
            }
        }

        if (tot > vandaag)
        {
            _fouten.Add(LeveringMeldingen.InDeToekomst(regel.Regelnummer, LeveringKolommen.PeriodeTot, totTekst!, vandaag));
        }

        return _fouten.Count == fouten && van is not null && tot is not null ? new Periode(van.Value, tot.Value) : null;
    }

    /// <summary>
    /// Reads the five hour columns and checks that the hours attended and absent add up to at most the hours offered,
    /// and, when <paramref name="periode"/> is valid, that no value exceeds 24 hours per day of it.
    /// </summary>
    public Urenstand? Uren(Periode? periode)
    {
        var aangeboden = Uur(LeveringKolommen.UrenAangeboden, periode);
        var fysiek = Uur(LeveringKolommen.UrenGevolgdFysiek, periode);
        var online = Uur(LeveringKolommen.UrenGevolgdOnline, periode);
        var geoorloofd = Uur(LeveringKolommen.UrenGeoorloofdVerzuim, periode);
        var ongeoorloofd = Uur(LeveringKolommen.UrenOngeoorloofdVerzuim, periode);
        if (aangeboden is null || fysiek is null || online is null || geoorloofd is null || ongeoorloofd is null)
        {
            return null;
        }

        var som = fysiek.Value + online.Value + geoorloofd.Value + ongeoorloofd.Value;
        if (som > aangeboden)
        {
            _fouten.Add(LeveringMeldingen.SomBovenAangeboden(regel.Regelnummer, Waarde(LeveringKolommen.UrenAangeboden, verplicht: false)!, som));
            return null;
        }

        return new Urenstand(aangeboden.Value, fysiek.Value, online.Value, geoorloofd.Value, ongeoorloofd.Value);
    }

    /// <summary>Reads the exam: its three columns are filled in together or not at all, and the exam lies not after today.</summary>
    public Examen Examen(DateOnly vandaag)
    {
        string[] kolommen = [LeveringKolommen.ExamenOnderdeel, LeveringKolommen.ExamenDatum, LeveringKolommen.ExamenResultaat];
        var ingevuld = kolommen.Where(kolom => Waarde(kolom, verplicht: false) is not null).ToList();
        if (ingevuld.Count is > 0 and < 3)
        {
            foreach (var kolom in kolommen.Except(ingevuld))
            {
                _fouten.Add(LeveringMeldingen.ExamenOnvolledig(regel.Regelnummer, kolom));
            }
        }

        var onderdeel = Code(LeveringKolommen.ExamenOnderdeel, verplicht: false, LeveringCodes.Examenonderdelen);
        var datum = NietNa(LeveringKolommen.ExamenDatum, vandaag);
        var resultaat = Code(LeveringKolommen.ExamenResultaat, verplicht: false, LeveringCodes.Examenresultaten);

        return new Examen(onderdeel, datum, resultaat);
    }

    /// <summary>
    /// Reads the start, the end and the reason for dropping out: the end lies on or after the start and not after today,
    /// and a reason needs an end.
    /// </summary>
    public Verloop Verloop(DateOnly vandaag, int maxLengteUitvalreden)
    {
        var startdatum = Datum(LeveringKolommen.Startdatum, verplicht: false);
        var einddatum = NietNa(LeveringKolommen.Einddatum, vandaag);
        var uitvalreden = Tekst(LeveringKolommen.Uitvalreden, verplicht: false, maxLengteUitvalreden);

        if (startdatum is not null && einddatum is not null && einddatum < startdatum)
        {
            _fouten.Add(LeveringMeldingen.EindeVoorStart(regel.Regelnummer, Waarde(LeveringKolommen.Einddatum, verplicht: false)!, startdatum.Value));
            einddatum = null;
        }

        var reden = Waarde(LeveringKolommen.Uitvalreden, verplicht: false);
        if (reden is not null && Waarde(LeveringKolommen.Einddatum, verplicht: false) is null)
        {
            _fouten.Add(LeveringMeldingen.UitvalZonderEinddatum(regel.Regelnummer, reden));
        }

        return new Verloop(startdatum, einddatum, uitvalreden);
    }

    private DateOnly? NietNa(string kolom, DateOnly vandaag)
    {
        var datum = Datum(kolom, verplicht: false);
        if (datum > vandaag)
        {
            _fouten.Add(LeveringMeldingen.InDeToekomst(regel.Regelnummer, kolom, Waarde(kolom, verplicht: false)!, vandaag));
            return null;
        }

        return datum;
    }

    private decimal? Uur(string kolom, Periode? periode)
    {
        var waarde = Waarde(kolom, verplicht: true);
        if (waarde is null)
        {
            return null;
        }

        if (!UrenPatroon().IsMatch(waarde)
            || !decimal.TryParse(waarde.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var uren))
        {
            return UurFout(LeveringMeldingen.GeenUren(regel.Regelnummer, kolom, waarde));
        }

        if (uren < 0)
        {
            return UurFout(LeveringMeldingen.NegatieveUren(regel.Regelnummer, kolom, waarde));
        }

        if (uren * 4 % 1 != 0)
        {
            return UurFout(LeveringMeldingen.GeenKwartier(regel.Regelnummer, kolom, waarde));
        }

        if (periode is { } p && uren > p.MaxUren)
        {
            return UurFout(LeveringMeldingen.MeerDan24UurPerDag(regel.Regelnummer, kolom, waarde, p.Dagen, p.MaxUren));
        }

        return uren;
    }

    private string? Waarde(string kolom, bool verplicht)
    {
        var waarde = regel.Waarde(kolom);
        if (waarde is null && verplicht && !_fouten.Any(f => f.Kolom == kolom))
        {
            _fouten.Add(LeveringMeldingen.Verplicht(regel.Regelnummer, kolom));
        }

        return waarde;
    }

    private string? TekstFout(LeveringFoutmelding fout)
    {
        _fouten.Add(fout);
        return null;
    }

    private decimal? UurFout(LeveringFoutmelding fout)
    {
        _fouten.Add(fout);
        return null;
    }

    [GeneratedRegex("^-?[0-9]{1,7}([.,][0-9]{1,7})?$", RegexOptions.CultureInvariant)]
    private static partial Regex UrenPatroon();
}

/// <summary>A delivered period, both days included.</summary>
internal readonly record struct Periode(DateOnly Van, DateOnly Tot)
{
    /// <summary>The number of days, both ends included.</summary>
    public int Dagen => Tot.DayNumber - Van.DayNumber + 1;

    /// <summary>The maximum of any hour value in the period: 24 hours per day.</summary>
    public decimal MaxUren => 24m * Dagen;

    /// <summary>Returns the last day of a period of one year from <paramref name="van"/>: the day before the same date a year later.</summary>
    public static DateOnly Uiterlijk(DateOnly van) => van is { Month: 2, Day: 29 }
        ? new DateOnly(van.Year + 1, 2, 28)
        : van.AddYears(1).AddDays(-1);
}

/// <summary>The five hour values of a row.</summary>
internal sealed record Urenstand(decimal Aangeboden, decimal GevolgdFysiek, decimal GevolgdOnline, decimal GeoorloofdVerzuim, decimal OngeoorloofdVerzuim);

/// <summary>The exam of a row; all three are set or none.</summary>
internal readonly record struct Examen(Examenonderdeel? Onderdeel, DateOnly? Datum, ExamenUitkomst? Resultaat);

/// <summary>The start, end and reason for dropping out of a row.</summary>
internal readonly record struct Verloop(DateOnly? Startdatum, DateOnly? Einddatum, string? Uitvalreden);
