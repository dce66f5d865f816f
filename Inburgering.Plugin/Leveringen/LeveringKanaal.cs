namespace Inburgering.Plugin.Leveringen;

/// <summary>How a delivery reached the gemeente. All channels share one model and one validation.</summary>
internal enum LeveringKanaal
{
    /// <summary>A CSV or XLSX file, uploaded by the aanbieder or by a consulent who received it by secure mail.</summary>
    Bestand,

    /// <summary>Entered by an aanbieder's employee on the portal screens.</summary>
    Portaal,

    /// <summary>Sent by the aanbieder's system to the REST API.</summary>
    Api,
}
