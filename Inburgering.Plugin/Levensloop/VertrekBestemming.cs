namespace Inburgering.Plugin.Levensloop;

/// <summary>Where a person who left the gemeente went.</summary>
internal enum VertrekBestemming
{
    /// <summary>Abroad; the obligation ends for this gemeente.</summary>
    Buitenland,

    /// <summary>To another gemeente in the Netherlands, which takes over the inburgering.</summary>
    AndereGemeente,
}
