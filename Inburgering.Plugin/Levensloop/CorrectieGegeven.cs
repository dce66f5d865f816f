namespace Inburgering.Plugin.Levensloop;

/// <summary>Which fact about the person a <see cref="DossierCorrectie"/> changed.</summary>
internal enum CorrectieGegeven
{
    /// <summary>The law the person integrates under.</summary>
    WetRegime,

    /// <summary>The doelgroep, which decides who pays for the course.</summary>
    Doelgroep,
}
