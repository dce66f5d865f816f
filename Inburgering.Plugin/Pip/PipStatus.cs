namespace Inburgering.Plugin.Pip;

/// <summary>The state of a <see cref="PipVersie"/>: a concept the consulent still edits, or a vastgesteld beschikking.</summary>
internal enum PipStatus
{
    /// <summary>A draft; only one concept per dossier is open at a time.</summary>
    Concept,

    /// <summary>Adopted as a beschikking on its dagtekening; immutable from then on.</summary>
    Vastgesteld,
}
