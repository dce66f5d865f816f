using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Dossiers;

namespace Inburgering.Plugin.Api;

/// <summary>
/// A row of the API's aanmelding list: the aanmelding, the student's dossier and the traject reference of the latest
/// progress report. EF Core can filter and order on the members of this projection.
/// </summary>
internal sealed class AanmeldingRij
{
    public required Aanmelding Aanmelding { get; init; }

    public required Dossier Dossier { get; init; }

    public string? TrajectReferentie { get; init; }
}
