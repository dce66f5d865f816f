namespace Inburgering.Plugin.Termijn;

/// <summary>A part of the obligation that can still be missing before the person has met it.</summary>
internal enum VoldaanOnderdeel
{
    /// <summary>No PIP names a leerroute yet.</summary>
    GeenLeerroute,

    /// <summary>The leerroute is not completed.</summary>
    Leerroute,

    /// <summary>The participatieverklaringstraject (PVT) is not completed.</summary>
    Pvt,

    /// <summary>The Module Arbeidsmarkt en Participatie (MAP) is not completed.</summary>
    Map,
}
