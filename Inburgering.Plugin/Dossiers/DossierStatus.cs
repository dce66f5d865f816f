namespace Inburgering.Plugin.Dossiers;

/// <summary>The stage of a dossier in the inburgering process.</summary>
internal enum DossierStatus
{
    /// <summary>Registered after the koppeling; the brede intake has not started.</summary>
    Aangemeld,

    /// <summary>Closed, with a date and a reason; the retention period counts from the closure date.</summary>
    Afgesloten,
}
