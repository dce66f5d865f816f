using System.Globalization;

namespace Inburgering.Plugin.Aanbieders;

/// <summary>The version of an aanbieder or aanmelding as screens put it in <see cref="Host.Abstractions.ScreenContent.Version"/>.</summary>
internal static class AanbiederVersie
{
    public static string Van(Aanbieder aanbieder)
    {
        ArgumentNullException.ThrowIfNull(aanbieder);

        return aanbieder.Version.ToString(CultureInfo.InvariantCulture);
    }
}
