namespace SampleHost.Brp.StandIn;

/// <summary>Names of gemeenten by their code in table 33 (Gemeententabel), for the stand-in's descriptions.</summary>
/// <remarks>
/// NOTE: this is not the whole table. It contains the gemeenten where most persons of the RvIG test set are
/// registered. For any other code the stand-in sends the code without a description, as it does for codes of
/// other tables.
/// </remarks>
internal static class GemeenteTabel
{
    private static readonly Dictionary<string, string> s_namen = new(StringComparer.Ordinal)
    {
        ["0014"] = "Groningen",
        ["0034"] = "Almere",
        ["0153"] = "Enschede",
        ["0202"] = "Arnhem",
        ["0228"] = "Ede",
        ["0268"] = "Nijmegen",
        ["0281"] = "Tiel",
        ["0344"] = "Utrecht",
        ["0361"] = "Alkmaar",
        ["0363"] = "Amsterdam",
        ["0400"] = "Den Helder",
        ["0402"] = "Hilversum",
        ["0518"] = "'s-Gravenhage",
        ["0530"] = "Hellevoetsluis",
        ["0599"] = "Rotterdam",
        ["0772"] = "Eindhoven",
        ["0794"] = "Helmond",
        ["0796"] = "'s-Hertogenbosch",
        ["0935"] = "Maastricht",
        ["1916"] = "Leidschendam-Voorburg",
        ["1926"] = "Pijnacker-Nootdorp",
        ["1999"] = "Registratie Niet Ingezetenen (RNI)",
    };

    /// <summary>Returns the name of the gemeente with <paramref name="code"/>, or <see langword="null"/> when the table lacks it.</summary>
    public static string? FindName(string? code) =>
        code is not null && s_namen.TryGetValue(code, out var name) ? name : null;
}
