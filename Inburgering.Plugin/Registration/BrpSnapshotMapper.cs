using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Riok.Mapperly.Abstractions;

namespace Inburgering.Plugin.Registration;

/// <summary>
/// Copies a person's BRP data onto a dossier. Mapperly generates the code and fails the build when a new
/// member of <see cref="BrpPersoon"/> is neither mapped nor ignored here.
/// </summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Source)]
internal static partial class BrpSnapshotMapper
{
    [MapperIgnoreSource(nameof(BrpPersoon.Bsn))]
    [MapperIgnoreSource(nameof(BrpPersoon.Geboorteplaats))]
    [MapNestedProperties(nameof(BrpPersoon.Naam))]
    [MapProperty([nameof(BrpPersoon.Naam), nameof(BrpNaam.VolledigeNaam)], nameof(Dossier.Naam))]
    [MapNestedProperties(nameof(BrpPersoon.Verblijfplaats))]
    [MapProperty([nameof(BrpPersoon.GemeenteVanInschrijving), nameof(BrpGemeente.Code)], nameof(Dossier.GemeenteVanInschrijving))]
    [MapProperty(nameof(BrpPersoon.DatumInschrijvingInGemeente), nameof(Dossier.DatumInschrijvingGemeente))]
    public static partial void CopyTo(BrpPersoon persoon, Dossier dossier);

    /// <summary>Keeps a partial date as the BRP writes it, so an unknown month or day is never filled in.</summary>
    private static string? ToBrpText(PartialDate? date) => date?.ToBrpString();

    private static List<string> ToCodes(IReadOnlyList<BrpNationaliteit> nationaliteiten) => [.. nationaliteiten.Select(n => n.Code)];
}
