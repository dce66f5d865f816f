namespace Inburgering.Plugin.Beperking;

/// <summary>A row of the list of restricted dossiers: the dossier's id and its restriction, no personal data.</summary>
internal sealed class BeperktDossierRij
{
    public required Guid Id { get; init; }

    public required DateOnly BeperktOp { get; init; }

    public string? BeperktDoor { get; init; }
}
