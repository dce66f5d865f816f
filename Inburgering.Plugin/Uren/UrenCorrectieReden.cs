namespace Inburgering.Plugin.Uren;

/// <summary>Why a consulent removed an <see cref="Urenregel"/>; a fixed list, so the log can name it without free text.</summary>
internal enum UrenCorrectieReden
{
    DubbelIngevoerd,

    VerkeerdeSoort,

    VerkeerdePeriode,

    VerkeerdAantalUren,

    VerkeerdDossier,
}
