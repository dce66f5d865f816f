using Inburgering.Plugin.Dossiers;

namespace Inburgering.Plugin.Coa;

/// <summary>A row of the COA list: the COA record and its dossier. EF Core can filter and order on the members of this projection.</summary>
internal sealed class CoaRij
{
    public required CoaInformatie Coa { get; init; }

    public required Dossier Dossier { get; init; }
}
