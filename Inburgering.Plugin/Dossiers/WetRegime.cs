namespace Inburgering.Plugin.Dossiers;

/// <summary>The law a person integrates under; people obliged before 1 January 2022 stay under the 2013 law.</summary>
internal enum WetRegime
{
    /// <summary>Wet inburgering 2013.</summary>
    Wi2013,

    /// <summary>Wet inburgering 2021.</summary>
    Wi2021,
}
