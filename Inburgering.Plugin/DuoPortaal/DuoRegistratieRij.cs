using Inburgering.Plugin.Dossiers;

namespace Inburgering.Plugin.DuoPortaal;

/// <summary>A row of the DUO registration list: the item and its dossier. EF Core can filter and order on the members of this projection.</summary>
internal sealed class DuoRegistratieRij
{
    public required DuoRegistratie Registratie { get; init; }

    public required Dossier Dossier { get; init; }
}
