namespace Inburgering.Plugin.Voortgang;

/// <summary>How far the person is with KNM (kennis van de Nederlandse maatschappij).</summary>
internal enum KnmStatus
{
    /// <summary>The person has not started KNM.</summary>
    NietGestart,

    /// <summary>The person follows the KNM course or prepares for the exam.</summary>
    Bezig,

    /// <summary>The person passed the KNM exam (B1-route and onderwijsroute).</summary>
    ExamenBehaald,

    /// <summary>The person finished the KNM course, which is how KNM ends in the Z-route.</summary>
    CursusAfgerond,
}
