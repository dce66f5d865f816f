using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// The SHA-256 of a delivery's rows, built one row at a time so a large delivery is never held whole. Each row counts
/// in a normalised form: a valid row by its typed values (so <c>12,50</c> and <c>12.5</c> hash alike), a wrong row by
/// its trimmed text. The order of the rows counts, their line numbers do not.
/// </summary>
internal sealed class LeveringInhoudshash : IDisposable
{
    private const char Veldscheiding = '\u001f';
    private const char Regelscheiding = '\u001e';

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly StringBuilder _regel = new();

    /// <summary>Adds a row whose values have the right form.</summary>
    public void Voeg(GevalideerdeRegel regel)
    {
        ArgumentNullException.ThrowIfNull(regel);

        _regel.Clear().Append('G');
        Veld(regel.LeveringId);
        Veld(regel.AanbiederKvk);
        Veld(regel.Vestigingsnummer);
        Veld(regel.Bsn);
        Veld(regel.TrajectRef);
        Veld(regel.Leerroute);
        Veld(regel.Onderdeel.ToString());
        Veld(Datum(regel.PeriodeVan));
        Veld(Datum(regel.PeriodeTot));
        Veld(Uren(regel.UrenAangeboden));
        Veld(Uren(regel.UrenGevolgdFysiek));
        Veld(Uren(regel.UrenGevolgdOnline));
        Veld(Uren(regel.UrenGeoorloofdVerzuim));
        Veld(Uren(regel.UrenOngeoorloofdVerzuim));
        Veld(regel.NiveauLezen?.ToString());
        Veld(regel.NiveauLuisteren?.ToString());
        Veld(regel.NiveauSpreken?.ToString());
        Veld(regel.NiveauSchrijven?.ToString());
        Veld(regel.ExamenOnderdeel?.ToString());
        Veld(Datum(regel.ExamenDatum));
        Veld(regel.ExamenResultaat?.ToString());
        Veld(Datum(regel.Startdatum));
        Veld(Datum(regel.Einddatum));
        Veld(regel.Uitvalreden);
        Veld(regel.Opmerking);
        Sluit();
    }

    /// <summary>Adds a row with a wrong value, by the trimmed text of every column of the format.</summary>
    public void Voeg(LeveringRegel regel)
    {
        ArgumentNullException.ThrowIfNull(regel);

        _regel.Clear().Append('T');
        foreach (var kolom in LeveringKolommen.Alle)
        {
            Veld(regel.Waarde(kolom));
        }

        Sluit();
    }

    /// <summary>Returns the hash of the rows added so far as 64 lowercase hex digits.</summary>
    public string Waarde() => Convert.ToHexStringLower(_hash.GetCurrentHash());

    public void Dispose() => _hash.Dispose();

    private void Veld(string? waarde) => _regel.Append(Veldscheiding).Append(waarde);

    private void Sluit()
    {
        _regel.Append(Regelscheiding);
        _hash.AppendData(Encoding.UTF8.GetBytes(_regel.ToString()));
    }

    private static string? Datum(DateOnly? datum) => datum?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Uren(decimal uren) => uren.ToString("0.############", CultureInfo.InvariantCulture);
}
