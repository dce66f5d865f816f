using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.DuoSignalen;

namespace Inburgering.Plugin.Demo;

/// <summary>A person of the RvIG BRP test set, or a V-nummer, with the doelgroep and the process the demo gives them.</summary>
internal sealed record DemoPerson(string? Bsn, string? VNummer, Doelgroep Doelgroep, DemoVerloop Verloop)
{
    /// <summary>Whether the demo restricts the dossier's processing after registering it, as after a withdrawal by DUO.</summary>
    public bool Beperkt { get; init; }

    /// <summary>The DUO signals about this person, each of a kind and with the status it has in the inbox.</summary>
    public IReadOnlyList<(DuoSignaalSoort Soort, DuoSignaalStatus Status)> Signalen { get; init; } = [];
}
