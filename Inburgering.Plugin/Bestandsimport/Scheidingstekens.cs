namespace Inburgering.Plugin.Bestandsimport;

/// <summary>Determines the separator of a CSV file from its header line: a semicolon or a comma, whichever occurs more.</summary>
internal static class Scheidingstekens
{
    /// <summary>Returns the separator of <paramref name="kopregel"/>, or the error when it has one column but another separator.</summary>
    /// <param name="kopregel">The file's first line, without the line break.</param>
    /// <returns>
    /// <c>;</c> or <c>,</c>; <c>;</c> also for a header of one column, which the header check then reports. The error
    /// when that column contains tabs or <c>|</c>.
    /// </returns>
    public static (char? Scheidingsteken, Bestandsfout? Fout) Bepaal(string kopregel)
    {
        ArgumentNullException.ThrowIfNull(kopregel);

        int puntkomma = 0, komma = 0, tab = 0, pijp = 0;
        var tussenAanhalingstekens = false;
        foreach (var teken in kopregel)
        {
            if (teken == '"')
            {
                tussenAanhalingstekens = !tussenAanhalingstekens;
                continue;
            }

            if (tussenAanhalingstekens)
            {
                continue;
            }

            switch (teken)
            {
                case ';': puntkomma++; break;
                case ',': komma++; break;
                case '\t': tab++; break;
                case '|': pijp++; break;
            }
        }

        if (puntkomma > 0 || komma > 0)
        {
            return (puntkomma >= komma ? ';' : ',', null);
        }

        if (tab > 0)
        {
            return (null, Bestandsfouten.Scheidingsteken(new Host.Abstractions.LocalizedText("tabs", "tabs")));
        }

        if (pijp > 0)
        {
            return (null, Bestandsfouten.Scheidingsteken(new Host.Abstractions.LocalizedText("verticale strepen (|)", "vertical bars (|)")));
        }

        return (';', null);
    }
}
