using Inburgering.Plugin.Dossiers;

namespace Inburgering.Plugin.Beperking;

/// <summary>Restricts the processing of a dossier (AVG article 18); the restriction action and a DUO withdrawal both use it.</summary>
internal static class DossierBeperking
{
    /// <summary>The reason recorded when DUO withdrew the report that linked the person to the gemeente.</summary>
    public const string IntrekkingDoorDuo = "Intrekking door DUO";

    /// <summary>Marks <paramref name="dossier"/> restricted on <paramref name="op"/> by <paramref name="door"/> for <paramref name="reden"/>.</summary>
    public static void Beperk(Dossier dossier, DateOnly op, string reden, string door)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentException.ThrowIfNullOrEmpty(reden);
        ArgumentException.ThrowIfNullOrEmpty(door);

        dossier.BeperktOp = op;
        dossier.BeperkingReden = reden;
        dossier.BeperktDoor = door;
    }
}
