namespace Inburgering.Plugin.Voortgang;

/// <summary>The result of PVT, MAP or the final interview of the Z-route (GGM <c>Resultaat</c>), decided by the gemeente.</summary>
internal enum OnderdeelResultaat
{
    Voldaan,

    NietVoldaan,
}
