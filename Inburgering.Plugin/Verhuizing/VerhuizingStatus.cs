namespace Inburgering.Plugin.Verhuizing;

/// <summary>The stage of a detected move.</summary>
internal enum VerhuizingStatus
{
    /// <summary>Detected; the overdracht to the new gemeente still has to be prepared.</summary>
    Gesignaleerd,

    /// <summary>The inburgering was handed over to the new gemeente.</summary>
    Overgedragen,

    /// <summary>An employee found that the person did not move to another gemeente and recorded why.</summary>
    GeenVerhuizing,
}
