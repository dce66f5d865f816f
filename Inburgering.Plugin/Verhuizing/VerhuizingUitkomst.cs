namespace Inburgering.Plugin.Verhuizing;

/// <summary>What <see cref="VerhuizingRegel"/> concluded from a gemeente of registration.</summary>
internal enum VerhuizingUitkomst
{
    /// <summary>The person moved to another gemeente, which takes over the inburgering.</summary>
    AndereGemeente,

    /// <summary>
    /// The person is registered in the dossier's own gemeente: a move inside the gemeente, a renamed street, a new house
    /// number, or the arrival of an asielstatushouder in the gemeente that was linked.
    /// </summary>
    ZelfdeGemeente,

    /// <summary>
    /// The person was already registered in another gemeente before this change, such as an asielstatushouder who
    /// still lives in an AZC. Responsibility follows the koppeling, so a change there moves nothing.
    /// </summary>
    NogNietInGemeente,

    /// <summary>
    /// No Dutch gemeente: the gemeentecode is missing or invalid, or it is 1999, the Registratie Niet Ingezetenen of
    /// a person who emigrated. No other gemeente takes over, so it is not a Verhuizing.
    /// </summary>
    GeenGemeente,
}
