using System.Text.Json;
using System.Text.Json.Nodes;
using SampleHost.Brp.HaalCentraal;

namespace SampleHost.Brp.StandIn;

/// <summary>
/// The field paths the stand-in serves, and the removal of every field a request did not ask for. A path names a
/// whole group (<c>naam</c>) or one field in it (<c>naam.voornamen</c>).
/// </summary>
internal static class StandInFieldSelection
{
    /// <summary>The field paths the stand-in accepts.</summary>
    /// <remarks>
    /// NOTE: the real API accepts many more paths, such as <c>aNummer</c> or <c>kinderen</c>. The stand-in rejects
    /// those as unknown fields, with the same error as for a path that does not exist.
    /// </remarks>
    public static IReadOnlySet<string> SupportedPaths { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "burgerservicenummer",
        "naam",
        "naam.voornamen",
        "naam.voorvoegsel",
        "naam.geslachtsnaam",
        "naam.volledigeNaam",
        "geboorte",
        "geboorte.datum",
        "geboorte.plaats",
        "geboorte.land",
        "geslacht",
        "nationaliteiten",
        "verblijfplaats",
        "gemeenteVanInschrijving",
        "datumInschrijvingInGemeente",
        "adressering",
        "adressering.adresregel1",
        "adressering.adresregel2",
        "adressering.adresregel3",
        "adressering.land",
    };

    /// <summary>Returns a copy of <paramref name="persoon"/> in JSON with only the fields in <paramref name="paths"/>.</summary>
    /// <param name="persoon">The person with every supported field.</param>
    /// <param name="paths">Supported paths from <see cref="SupportedPaths"/>.</param>
    public static JsonObject Select(Persoon persoon, IEnumerable<string> paths)
    {
        var full = JsonSerializer.SerializeToNode(persoon, HaalCentraalJson.Options)?.AsObject() ?? [];

        return Select(full, paths.Select(path => path.Split('.')).ToList());
    }

    private static JsonObject Select(JsonObject source, List<string[]> paths)
    {
        var selected = new JsonObject();

        foreach (var group in paths.GroupBy(path => path[0], StringComparer.Ordinal))
        {
            if (source[group.Key] is not { } value)
            {
                continue;
            }

            var wantsWhole = group.Any(path => path.Length == 1);
            if (wantsWhole || value is not JsonObject child)
            {
                selected[group.Key] = value.DeepClone();
                continue;
            }

            var subPaths = group.Select(path => path[1..]).ToList();
            var selectedChild = Select(child, subPaths);
            if (selectedChild.Count > 0)
            {
                selected[group.Key] = selectedChild;
            }
        }

        return selected;
    }
}
