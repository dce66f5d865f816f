using Host.Abstractions;

namespace Inburgering.Plugin.Overdracht.Bestand;

/// <summary>Creates the problems of a file that is read, in Dutch and English, each with its JSON path.</summary>
internal static class OverdrachtFoutmeldingen
{
    /// <summary>The path of the whole file.</summary>
    public const string HeleBestand = "$";

    public static OverdrachtFout Fout(string pad, string nl, string en) => new(pad, new LocalizedText(nl, en));

    /// <summary>Turns a JSON Pointer such as <c>/pipVersies/0/leerroute</c> into <c>$.pipVersies[0].leerroute</c>.</summary>
    public static string PadVan(string pointer)
    {
        var pad = new System.Text.StringBuilder("$");
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var naam = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (naam.All(char.IsAsciiDigit))
            {
                pad.Append('[').Append(naam).Append(']');
            }
            else
            {
                pad.Append('.').Append(naam);
            }
        }

        return pad.ToString();
    }

    /// <summary>Joins a parent path and a property name.</summary>
    public static string Pad(string ouder, string naam) => $"{ouder}.{naam}";

    /// <summary>Joins a parent path and an index.</summary>
    public static string Pad(string ouder, int index) => $"{ouder}[{index}]";
}
