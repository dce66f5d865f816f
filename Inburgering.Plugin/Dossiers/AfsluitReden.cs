namespace Inburgering.Plugin.Dossiers;

/// <summary>Why a dossier was closed.</summary>
internal enum AfsluitReden
{
    /// <summary>The person met the inburgeringsplicht (obligation to integrate).</summary>
    InburgeringsplichtVoldaan,

    /// <summary>DUO granted an ontheffing (exemption) from the obligation.</summary>
    Ontheffing,

    /// <summary>The person moved abroad.</summary>
    VertrokkenNaarBuitenland,

    /// <summary>The person died.</summary>
    Overleden,

    /// <summary>DUO withdrew the report that linked the person to the gemeente.</summary>
    IntrekkingDoorDuo,

    /// <summary>Another reason.</summary>
    Anders,
}

/// <summary>The final <see cref="DossierStatus"/> that each <see cref="AfsluitReden"/> leads to.</summary>
internal static class AfsluitRedenStatus
{
    /// <summary>Returns the final status a dossier closed for <paramref name="reden"/> gets.</summary>
    public static DossierStatus Status(this AfsluitReden reden) => reden switch
    {
        AfsluitReden.InburgeringsplichtVoldaan => DossierStatus.Voldaan,
        AfsluitReden.Ontheffing => DossierStatus.Ontheffing,
        AfsluitReden.VertrokkenNaarBuitenland => DossierStatus.Vertrokken,
        _ => DossierStatus.Verwijderd,
    };
}
