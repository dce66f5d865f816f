namespace Inburgering.Plugin.Coa;

/// <summary>How a version of the COA information reached the dossier.</summary>
internal enum CoaBron
{
    /// <summary>An employee entered it on the dossier's COA screen.</summary>
    Handmatig,

    /// <summary>An employee imported it from a CSV or Excel file of COA forms.</summary>
    Import,
}
