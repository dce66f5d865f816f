namespace SampleHost.Brp.StandIn;

/// <summary>
/// The persons of the RvIG test set "persoonslijsten proefomgeving GBA-V" (2 May 2022), by BSN. The file ships
/// with SampleHost in <c>Brp/Data</c> and is read once, on first use.
/// </summary>
/// <remarks>
/// The file has 687 persoonslijsten. Two have no BSN and are left out. Five BSNs appear on two persoonslijsten each;
/// the first one in the file is kept, so 680 persons remain.
/// </remarks>
internal sealed class RvigTestSet
{
    /// <summary>The file name of the test set in <c>Brp/Data</c>.</summary>
    public const string FileName = "rvig-testset-gba-v-2022-05-02.csv";

    private readonly Lazy<IReadOnlyDictionary<string, RvigPersoon>> _personen;

    /// <summary>Creates a test set that reads <paramref name="path"/> on first use.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="logger">Receives the number of persons loaded.</param>
    public RvigTestSet(string path, ILogger<RvigTestSet> logger)
    {
        _personen = new Lazy<IReadOnlyDictionary<string, RvigPersoon>>(() => Load(path, logger));
    }

    /// <summary>The path of the test set in the application's output folder.</summary>
    public static string DefaultPath { get; } = Path.Combine(AppContext.BaseDirectory, "Brp", "Data", FileName);

    /// <summary>The number of persons with a BSN.</summary>
    public int Count => _personen.Value.Count;

    /// <summary>Finds a person by the nine digits of the BSN, or returns <see langword="null"/>.</summary>
    /// <exception cref="FileNotFoundException">The test set file is missing.</exception>
    public RvigPersoon? Find(string burgerservicenummer) =>
        _personen.Value.GetValueOrDefault(burgerservicenummer);

    private static Dictionary<string, RvigPersoon> Load(string path, ILogger logger)
    {
        using var file = File.OpenRead(path);
        var persoonslijsten = RvigCsvReader.Read(file);

        var personen = new Dictionary<string, RvigPersoon>(StringComparer.Ordinal);
        foreach (var persoonslijst in persoonslijsten)
        {
            if (RvigPersoonBuilder.Build(persoonslijst) is { } persoon)
            {
                personen.TryAdd(persoon.Burgerservicenummer, persoon);
            }
        }

        Log.BrpTestSetLoaded(logger, personen.Count, persoonslijsten.Count, Path.GetFileName(path));
        return personen;
    }
}
