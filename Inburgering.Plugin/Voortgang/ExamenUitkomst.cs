namespace Inburgering.Plugin.Voortgang;

/// <summary>The result of an exam (GGM <c>Resultaat</c> of an Examenonderdeel).</summary>
internal enum ExamenUitkomst
{
    Behaald,

    NietBehaald,
}
