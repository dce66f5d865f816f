using Inburgering.Plugin.Leerroutes;

namespace Inburgering.Plugin.Termijn;

/// <summary>The progress that decides whether a person met the obligation, as <see cref="VoldaanCheck"/> reads it.</summary>
/// <param name="Leerroute">The leerroute of the current PIP, or <see langword="null"/> when no PIP names one.</param>
/// <param name="LeerrouteAfgerond">Whether the leerroute is completed.</param>
/// <param name="PvtAfgerond">Whether the participatieverklaringstraject is completed.</param>
/// <param name="MapAfgerond">Whether the Module Arbeidsmarkt en Participatie is completed.</param>
internal sealed record VoldaanInvoer(Leerroute? Leerroute, bool LeerrouteAfgerond, bool PvtAfgerond, bool MapAfgerond);
