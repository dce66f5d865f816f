using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Coa;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Uren;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Tests.Paging;

/// <summary>
/// Rows for paging tests, written straight into the plugin's tables. Ids are built from a group number and a row
/// number, so their order is the same in .NET, SQLite and PostgreSQL and a test can state the expected order.
/// Dossiers carry a V-nummer and no name or BSN, so no personal data reaches the test log.
/// </summary>
internal static class PagingSeed
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Returns the id of row <paramref name="row"/> in group <paramref name="group"/>.</summary>
    public static Guid Id(int group, int row) =>
        Guid.Parse(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{group:D8}-0000-0000-0000-{row:D12}"));

    /// <summary>Adds rows to the tables of <paramref name="gemeente"/>, with that gemeente as the current one.</summary>
    public static async Task AddAsync(PluginHarness plugin, GemeenteCode gemeente, Action<InburgeringDbContext> add)
    {
        var current = plugin.Tenant.Current;
        plugin.Tenant.Current = gemeente;
        try
        {
            await using var scope = plugin.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
            add(db);
            await db.SaveChangesAsync();
        }
        finally
        {
            plugin.Tenant.Current = current;
        }
    }

    public static Dossier Dossier(GemeenteCode gemeente, Guid id, int number, DateTimeOffset geregistreerdOp, DossierStatus status) => new()
    {
        Id = id,
        Gemeente = gemeente.Value,
        VNummer = number.ToString("D10", System.Globalization.CultureInfo.InvariantCulture),
        Doelgroep = Doelgroep.Asielstatushouder,
        Koppeldatum = new DateOnly(2026, 1, 5),
        WetRegime = WetRegime.Wi2021,
        Status = status,
        StatusSinds = new DateOnly(2026, 1, 5),
        GeregistreerdOp = geregistreerdOp,
        GeregistreerdDoor = "medewerker-17",
    };

    public static Urenregel Urenregel(GemeenteCode gemeente, Guid id, Guid dossierId, DateOnly periodeTot) => new()
    {
        Id = id,
        DossierId = dossierId,
        Gemeente = gemeente.Value,
        Soort = UrenSoort.Nt2Fysiek,
        PeriodeVan = periodeTot.AddDays(-6),
        PeriodeTot = periodeTot,
        Uren = 4m,
        GeregistreerdOp = Start,
        GeregistreerdDoor = "medewerker-17",
    };

    public static Aanbieder Aanbieder(GemeenteCode gemeente, Guid id, string kvkNummer) => new()
    {
        Id = id,
        Gemeente = gemeente.Value,
        Naam = $"Taalschool {kvkNummer}",
        KvkNummer = kvkNummer,
        GeregistreerdDoor = "medewerker-17",
    };

    public static Aanmelding Aanmelding(GemeenteCode gemeente, Guid id, Guid dossierId, Guid aanbiederId, DateOnly startdatum) => new()
    {
        Id = id,
        DossierId = dossierId,
        AanbiederId = aanbiederId,
        Gemeente = gemeente.Value,
        Onderdeel = Cursusonderdeel.Taal,
        Startdatum = startdatum,
        AangemeldOp = Start,
        AangemeldDoor = "medewerker-17",
    };

    public static Levering Levering(GemeenteCode gemeente, Guid id, Guid aanbiederId, DateTimeOffset ontvangenOp) => new()
    {
        Id = id,
        Gemeente = gemeente.Value,
        AanbiederId = aanbiederId,
        Kanaal = LeveringKanaal.Bestand,
        Referentie = id.ToString("N"),
        Inhoudshash = id.ToString("N"),
        Modus = LeveringModus.AllesOfNiets,
        Status = LeveringStatus.Verwerkt,
        OntvangenOp = ontvangenOp,
        OntvangenDoor = "medewerker-17",
    };

    public static CoaInformatie Coa(GemeenteCode gemeente, Guid id, Guid dossierId, DateTimeOffset gewijzigdOp) => new()
    {
        Id = id,
        DossierId = dossierId,
        Gemeente = gemeente.Value,
        Versie = 1,
        GewijzigdOp = gewijzigdOp,
        GewijzigdDoor = "medewerker-17",
        Bron = CoaBron.Handmatig,
    };

    /// <summary>
    /// Reads pages from <paramref name="readPage"/>, each after the cursor of the one before, until a page has no next
    /// cursor, and returns the ids in the order read. More than <paramref name="maxPages"/> pages fails the test, so a
    /// cursor that never ends cannot hang it.
    /// </summary>
    public static async Task<(List<Guid> Ids, int Pages)> WalkAsync(Func<string?, Task<(IEnumerable<Guid> Ids, string? Next)>> readPage, int maxPages = 20)
    {
        var ids = new List<Guid>();
        string? cursor = null;
        for (var pages = 1; pages <= maxPages; pages++)
        {
            var (page, next) = await readPage(cursor);
            ids.AddRange(page);
            if (next is null)
            {
                return (ids, pages);
            }

            cursor = next;
        }

        throw new AssertionException($"The list had more than {maxPages} pages.");
    }
}
