using System.Globalization;
using Bogus;
using Inburgering.Plugin.Aanbieders;

namespace Inburgering.Benchmarks.Generation;

/// <summary>
/// The planned data of one run: aanbieders and dossiers per gemeente, with the number of weekly attendance rows per
/// aanmelding scaled so the total is the requested count. Rows themselves are made while they are written.
/// </summary>
internal sealed class GeneratedData
{
    /// <summary>How many aanbieders each gemeente gets.</summary>
    public const int AanbiedersPerGemeente = 5;

    private GeneratedData(GeneratorOptions options, IReadOnlyList<string> gemeenten, Dictionary<string, List<Aanbieder>> aanbieders, Dictionary<string, List<DossierPlan>> dossiers)
    {
        Options = options;
        Gemeenten = gemeenten;
        Aanbieders = aanbieders;
        Dossiers = dossiers;
    }

    public GeneratorOptions Options { get; }

    public IReadOnlyList<string> Gemeenten { get; }

    public IReadOnlyDictionary<string, List<Aanbieder>> Aanbieders { get; }

    public IReadOnlyDictionary<string, List<DossierPlan>> Dossiers { get; }

    /// <summary>Plans the whole data set of <paramref name="options"/>.</summary>
    public static GeneratedData Plan(GeneratorOptions options, Action<string> progress)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);

        var gemeenten = GeneratorOptions.GemeenteCodes.Take(options.Gemeenten).ToList();
        var aanbieders = gemeenten.ToDictionary(gemeente => gemeente, gemeente => PlanAanbieders(options, gemeente));
        var dossiers = gemeenten.ToDictionary(gemeente => gemeente, _ => new List<DossierPlan>());

        var planner = new DossierPlanner(options.Seed, options.Vandaag, new TestBsnSequence());
        for (var index = 0; index < options.Dossiers; index++)
        {
            var gemeente = gemeenten[index % gemeenten.Count];
            var ids = aanbieders[gemeente].Select(aanbieder => aanbieder.Id).ToList();
            dossiers[gemeente].Add(planner.Plan(index, gemeente, ids));
            if ((index + 1) % 20_000 == 0)
            {
                progress(string.Create(CultureInfo.InvariantCulture, $"Planned {index + 1:N0} of {options.Dossiers:N0} dossiers"));
            }
        }

        var data = new GeneratedData(options, gemeenten, aanbieders, dossiers);
        data.SpreadAttendance(options.Aanwezigheid);
        return data;
    }

    /// <summary>The total number of attendance rows the plan holds; less than requested when the dossiers have too few weeks.</summary>
    public long AttendanceRows => AllAanmeldingen().Sum(aanmelding => (long)aanmelding.Rijen);

    private IEnumerable<AanmeldingPlan> AllAanmeldingen() =>
        Gemeenten.SelectMany(gemeente => Dossiers[gemeente]).SelectMany(plan => plan.Aanmeldingen);

    /// <summary>
    /// Gives each aanmelding a share of <paramref name="requested"/> rows in proportion to its weeks, never more than it
    /// has weeks, and hands out what rounding left one row at a time.
    /// </summary>
    private void SpreadAttendance(long requested)
    {
        var aanmeldingen = AllAanmeldingen().ToList();
        var capacity = aanmeldingen.Sum(aanmelding => (long)aanmelding.Weken);
        var target = Math.Min(requested, capacity);
        if (capacity == 0)
        {
            return;
        }

        var fraction = (double)target / capacity;
        long planned = 0;
        foreach (var aanmelding in aanmeldingen)
        {
            aanmelding.Rijen = (int)Math.Floor(aanmelding.Weken * fraction);
            planned += aanmelding.Rijen;
        }

        for (var i = 0; planned < target; i = (i + 1) % aanmeldingen.Count)
        {
            if (aanmeldingen[i].Rijen < aanmeldingen[i].Weken)
            {
                aanmeldingen[i].Rijen++;
                planned++;
            }
        }
    }

    /// <summary>
    /// The aanbieders of <paramref name="gemeente"/>. The first has KvK number 90{gemeente}01, the organisation of the
    /// demo user demo-{gemeente}-aanbieder, so that user sees generated deliveries.
    /// </summary>
    private static List<Aanbieder> PlanAanbieders(GeneratorOptions options, string gemeente)
    {
        var random = DeterministicIds.For(options.Seed, int.Parse(gemeente, CultureInfo.InvariantCulture), stream: 9);
        var faker = new Faker("nl") { Random = new Randomizer(random.Next()) };

        return
        [
            .. Enumerable.Range(1, AanbiedersPerGemeente).Select(nummer => new Aanbieder
            {
                Id = DeterministicIds.Next(random),
                Gemeente = gemeente,
                Naam = $"Taalschool {faker.Address.City()} {nummer}",
                KvkNummer = string.Create(CultureInfo.InvariantCulture, $"90{gemeente}{nummer:D2}"),
                Keurmerk = nummer != AanbiedersPerGemeente,
                GeregistreerdOp = new DateTimeOffset(options.Vandaag.AddYears(-4).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                GeregistreerdDoor = DossierPlanner.ActorId,
            }),
        ];
    }
}
