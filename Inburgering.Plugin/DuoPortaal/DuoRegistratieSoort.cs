namespace Inburgering.Plugin.DuoPortaal;

/// <summary>The facts the gemeente registers in DUO's Portaal Inburgering.</summary>
internal enum DuoRegistratieSoort
{
    /// <summary>The participatieverklaring was signed; DUO needs the date.</summary>
    PvtOndertekend,

    /// <summary>The MAP has a result after the eindgesprek; DUO needs the result and the date of the eindgesprek.</summary>
    MapResultaat,

    /// <summary>A PIP was adopted: the first one, or a change that keeps the leerroute; DUO needs the dagtekening and the leerroute.</summary>
    PipVastgesteld,

    /// <summary>A PIP changed the leerroute or its level: schakelen, afschalen, or the new PIP after a move.</summary>
    LeerrouteGewijzigd,
}

/// <summary>Where an item of the worklist of DUO registrations is.</summary>
internal enum DuoRegistratieStatus
{
    /// <summary>Still to be registered in the DUO portal.</summary>
    Open,

    /// <summary>An employee registered the fact in the DUO portal and marked the item done.</summary>
    Geregistreerd,

    /// <summary>A later fact of the same kind replaced this one before it was registered, for example a corrected signing date.</summary>
    Vervallen,
}
