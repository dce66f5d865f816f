using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.RegularExpressions;
using SampleHost.Brp.HaalCentraal;

namespace SampleHost.Brp.StandIn;

/// <summary>
/// Checks a request body the way the Personen API does and names every wrong parameter with the API's codes:
/// <c>required</c>, <c>array</c>, <c>minItems</c>, <c>maxItems</c>, <c>pattern</c>, <c>fields</c>, <c>value</c> and
/// <c>unknownParam</c>.
/// </summary>
internal static partial class StandInQueryValidator
{
    private const string TypeParameter = "type";
    private const string BurgerservicenummerParameter = "burgerservicenummer";
    private const string FieldsParameter = "fields";
    private const string GemeenteParameter = "gemeenteVanInschrijving";

    /// <summary>The maximum number of field paths in one request, as in the real API.</summary>
    private const int MaxFields = 130;

    private static readonly HashSet<string> s_parameters = new(StringComparer.Ordinal)
    {
        TypeParameter,
        BurgerservicenummerParameter,
        FieldsParameter,
        GemeenteParameter,
    };

    /// <summary>Validates <paramref name="body"/>, a JSON object.</summary>
    /// <param name="body">The request body.</param>
    /// <param name="query">The request when it is valid.</param>
    /// <param name="invalidParams">Every wrong parameter; empty when the request is valid.</param>
    /// <returns><see langword="true"/> when the request is valid.</returns>
    public static bool TryValidate(JsonElement body, [NotNullWhen(true)] out StandInQuery? query, out IReadOnlyList<InvalidParam> invalidParams)
    {
        query = null;
        var invalid = new List<InvalidParam>();
        invalidParams = invalid;

        if (!IsSupportedType(body, invalid))
        {
            return false;
        }

        foreach (var property in body.EnumerateObject().Where(property => !s_parameters.Contains(property.Name)))
        {
            invalid.Add(new InvalidParam(property.Name, "unknownParam", "This query type does not take this parameter."));
        }

        var burgerservicenummers = ReadArray(body, BurgerservicenummerParameter, RaadpleegMetBurgerservicenummer.MaxBurgerservicenummers, BsnPattern(), invalid);
        var fields = ReadArray(body, FieldsParameter, MaxFields, FieldPathPattern(), invalid);
        CheckFieldsExist(body, invalid);
        var gemeente = ReadGemeente(body, invalid);

        if (invalid.Count > 0 || burgerservicenummers is null || fields is null)
        {
            return false;
        }

        query = new StandInQuery(burgerservicenummers, fields, gemeente);
        return true;
    }

    private static bool IsSupportedType(JsonElement body, List<InvalidParam> invalid)
    {
        if (!body.TryGetProperty(TypeParameter, out var type))
        {
            invalid.Add(new InvalidParam(TypeParameter, "required", "The parameter is missing."));
            return false;
        }

        // NOTE: the real API has six more query types, such as ZoekMetGeslachtsnaamEnGeboortedatum; the stand-in rejects them.
        if (type.ValueKind != JsonValueKind.String || type.GetString() != RaadpleegMetBurgerservicenummer.TypeName)
        {
            invalid.Add(new InvalidParam(TypeParameter, "value", $"The stand-in supports only the type {RaadpleegMetBurgerservicenummer.TypeName}."));
            return false;
        }

        return true;
    }

    private static List<string>? ReadArray(JsonElement body, string name, int maxItems, Regex pattern, List<InvalidParam> invalid)
    {
        if (!body.TryGetProperty(name, out var array))
        {
            invalid.Add(new InvalidParam(name, "required", "The parameter is missing."));
            return null;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            invalid.Add(new InvalidParam(name, "array", "The parameter is not an array."));
            return null;
        }

        var length = array.GetArrayLength();
        if (length == 0)
        {
            invalid.Add(new InvalidParam(name, "minItems", "The array is empty; send at least 1 item."));
            return null;
        }

        if (length > maxItems)
        {
            invalid.Add(new InvalidParam(name, "maxItems", $"The array has more than {maxItems} items."));
            return null;
        }

        var values = new List<string>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var value = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (value is null || !pattern.IsMatch(value))
            {
                invalid.Add(new InvalidParam($"{name}[{index}]", "pattern", $"The value does not match the pattern {pattern}."));
            }
            else
            {
                values.Add(value);
            }

            index++;
        }

        return values.Count == length ? values : null;
    }

    // Checks every path that passed the pattern, also when other paths in the list did not.
    private static void CheckFieldsExist(JsonElement body, List<InvalidParam> invalid)
    {
        if (!body.TryGetProperty(FieldsParameter, out var array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() > MaxFields)
        {
            return;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var path = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (path is not null && FieldPathPattern().IsMatch(path) && !StandInFieldSelection.SupportedPaths.Contains(path))
            {
                invalid.Add(new InvalidParam($"{FieldsParameter}[{index}]", "fields", "The field path does not exist, or the stand-in does not support it."));
            }

            index++;
        }
    }

    private static string? ReadGemeente(JsonElement body, List<InvalidParam> invalid)
    {
        if (!body.TryGetProperty(GemeenteParameter, out var gemeente))
        {
            return null;
        }

        var value = gemeente.ValueKind == JsonValueKind.String ? gemeente.GetString() : null;
        if (value is null || !GemeentecodePattern().IsMatch(value))
        {
            invalid.Add(new InvalidParam(GemeenteParameter, "pattern", $"The value does not match the pattern {GemeentecodePattern()}."));
            return null;
        }

        return value;
    }

    [GeneratedRegex("^[0-9]{9}$", RegexOptions.CultureInvariant)]
    private static partial Regex BsnPattern();

    [GeneratedRegex(@"^[a-zA-Z0-9\._]{1,200}$", RegexOptions.CultureInvariant)]
    private static partial Regex FieldPathPattern();

    [GeneratedRegex("^[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex GemeentecodePattern();
}
