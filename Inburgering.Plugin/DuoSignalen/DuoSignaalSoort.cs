namespace Inburgering.Plugin.DuoSignalen;

/// <summary>What DUO reports about a person in a signal to the gemeente.</summary>
internal enum DuoSignaalSoort
{
    /// <summary>A new inburgeringsplichtige: DUO notifies the gemeente that the person is obliged (the kennisgeving).</summary>
    NieuwePlichtige,

    /// <summary>A correction of the doelgroep or the wet regime of a person DUO reported before.</summary>
    Correctie,

    /// <summary>DUO withdraws its report: the person is not, or no longer, obliged in this gemeente.</summary>
    Intrekking,
}
