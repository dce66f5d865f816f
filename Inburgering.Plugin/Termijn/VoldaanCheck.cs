using Inburgering.Plugin.Leerroutes;

namespace Inburgering.Plugin.Termijn;

/// <summary>
/// Whether a person met the obligation: the leerroute, the PVT and the MAP are completed, except that the
/// onderwijsroute has no MAP (Wet inburgering 2021, art. 8 lid 3).
/// </summary>
internal static class VoldaanCheck
{
    /// <summary>
    /// Returns what is still missing, in the order leerroute, PVT, MAP. An empty list means the obligation is met. When
    /// <paramref name="invoer"/> is <see langword="null"/> the progress is unknown, and the result has <see cref="VoldaanUitkomst.IsBekend"/> false.
    /// </summary>
    public static VoldaanUitkomst Beoordeel(VoldaanInvoer? invoer)
    {
        if (invoer is null)
        {
            return VoldaanUitkomst.Onbekend;
        }

        var ontbreekt = new List<VoldaanOnderdeel>();

        if (invoer.Leerroute is null)
        {
            ontbreekt.Add(VoldaanOnderdeel.GeenLeerroute);
        }
        else if (!invoer.LeerrouteAfgerond)
        {
            ontbreekt.Add(VoldaanOnderdeel.Leerroute);
        }

        if (!invoer.PvtAfgerond)
        {
            ontbreekt.Add(VoldaanOnderdeel.Pvt);
        }

        if (invoer.Leerroute != Leerroute.Onderwijsroute && !invoer.MapAfgerond)
        {
            ontbreekt.Add(VoldaanOnderdeel.Map);
        }

        return new VoldaanUitkomst(IsBekend: true, ontbreekt);
    }
}

/// <summary>The outcome of <see cref="VoldaanCheck"/>.</summary>
/// <param name="IsBekend">Whether the progress was known; when not, the obligation cannot be established.</param>
/// <param name="Ontbreekt">The parts still missing; empty when the obligation is met.</param>
internal sealed record VoldaanUitkomst(bool IsBekend, IReadOnlyList<VoldaanOnderdeel> Ontbreekt)
{
    /// <summary>The outcome when the progress is not known.</summary>
    public static VoldaanUitkomst Onbekend { get; } = new(IsBekend: false, []);

    /// <summary>Whether the person met the obligation.</summary>
    public bool IsVoldaan => IsBekend && Ontbreekt.Count == 0;
}
