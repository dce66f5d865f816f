using System.Runtime.CompilerServices;
using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Tests.Leveringen;

/// <summary>
/// The plugin with aanbieders, dossiers and referrals for delivery tests: Taalschool Noord (KvK 90059901, with quality
/// mark) and Taalhuis Zuid (KvK 90059902, without) in gemeente 0599, and Leerhuis West (KvK 90051801) in 0518.
/// </summary>
internal sealed class LeveringOmgeving : IAsyncDisposable
{
    public const string NoordKvk = "90059901";
    public const string ZuidKvk = "90059902";
    public const string WestKvk = "90051801";
    public const string Referentie = "2026-11";

    /// <summary>Three BSNs that pass the 11-check.</summary>
    public static readonly string Bsn1 = TestBsn.Maak(1);
    public static readonly string Bsn2 = TestBsn.Maak(2);
    public static readonly string Bsn3 = TestBsn.Maak(3);

    private LeveringOmgeving(PluginHarness plugin) => Plugin = plugin;

    public PluginHarness Plugin { get; }

    public VasteAanbiederToegang Toegang { get; } = new();

    public OpgeslagenSignalering Signalering { get; } = new();

    public LeveringGebruiker Gebruiker { get; } = new();

    public Aanbieder Noord { get; private set; } = null!;

    public Aanbieder Zuid { get; private set; } = null!;

    public Aanbieder West { get; private set; } = null!;

    /// <summary>
    /// Starts the plugin with the three aanbieders. <paramref name="stil"/> logs only warnings, for very large deliveries.
    /// <paramref name="echteSignalering"/> keeps the plugin's check on unauthorised absence in place of <see cref="Signalering"/>.
    /// </summary>
    public static async Task<LeveringOmgeving> StartAsync(DatabaseProvider provider, bool stil = false, bool echteSignalering = false)
    {
        LeveringOmgeving? omgeving = null;
        var plugin = await PluginHarness.StartAsync(provider, replaceServices: services =>
        {
            services.AddSingleton<IAanbiederToegang>(_ => omgeving!.Toegang);
            if (!echteSignalering)
            {
                services.AddSingleton<IVerzuimSignalering>(_ => omgeving!.Signalering);
            }

            services.AddSingleton<ICurrentUser>(_ => omgeving!.Gebruiker);
            if (stil)
            {
                services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
            }
        });

        omgeving = new LeveringOmgeving(plugin);
        omgeving.Noord = await omgeving.AanbiederAsync("Taalschool Noord", NoordKvk, keurmerk: true);
        omgeving.Zuid = await omgeving.AanbiederAsync("Taalhuis Zuid", ZuidKvk, keurmerk: false);
        omgeving.West = await omgeving.AanbiederAsync("Leerhuis West", WestKvk, keurmerk: true, PluginHarness.DenHaag);
        return omgeving;
    }

    /// <summary>Registers an aanbieder in <paramref name="gemeente"/> (0599 when not given).</summary>
    public async Task<Aanbieder> AanbiederAsync(string naam, string kvk, bool keurmerk, GemeenteCode? gemeente = null, string? vestigingsnummer = null, bool actief = true)
    {
        var aanbieder = new Aanbieder
        {
            Id = Guid.NewGuid(),
            Gemeente = (gemeente ?? PluginHarness.Rotterdam).Value,
            Naam = naam,
            KvkNummer = kvk,
            Vestigingsnummer = vestigingsnummer,
            Keurmerk = keurmerk,
            Actief = actief,
            GeregistreerdOp = PluginHarness.Now,
            GeregistreerdDoor = "beheerder-1",
        };

        await InGemeenteAsync(gemeente, db => db.Aanbieders.Add(aanbieder));
        return aanbieder;
    }

    /// <summary>Registers a dossier for <paramref name="bsn"/> in <paramref name="gemeente"/> (0599 when not given).</summary>
    public async Task<Guid> DossierAsync(string bsn, GemeenteCode? gemeente = null, Action<Dossier>? aanpassen = null)
    {
        var dossier = new Dossier
        {
            Id = Guid.NewGuid(),
            Gemeente = (gemeente ?? PluginHarness.Rotterdam).Value,
            Bsn = bsn,
            Doelgroep = Doelgroep.Gezinsmigrant,
            Koppeldatum = new DateOnly(2025, 1, 6),
            WetRegime = WetRegime.Wi2021,
            Status = DossierStatus.InTraject,
            StatusSinds = new DateOnly(2025, 6, 1),
            GeregistreerdOp = PluginHarness.Now,
            GeregistreerdDoor = "medewerker-1",
        };
        aanpassen?.Invoke(dossier);

        await InGemeenteAsync(gemeente, db => db.Dossiers.Add(dossier));
        return dossier.Id;
    }

    /// <summary>Refers the dossier to <paramref name="aanbieder"/> for <paramref name="onderdeel"/> from 1 January 2026 unless given.</summary>
    public async Task<Guid> AanmeldingAsync(Guid dossierId, Aanbieder aanbieder, Cursusonderdeel onderdeel = Cursusonderdeel.Taal, DateOnly? start = null, DateOnly? einde = null)
    {
        var aanmelding = new Aanmelding
        {
            Id = Guid.NewGuid(),
            DossierId = dossierId,
            AanbiederId = aanbieder.Id,
            Gemeente = aanbieder.Gemeente,
            Onderdeel = onderdeel,
            Startdatum = start ?? new DateOnly(2026, 1, 1),
            Einddatum = einde,
            AangemeldOp = PluginHarness.Now,
            AangemeldDoor = "medewerker-1",
        };

        await InGemeenteAsync(GemeenteCode.Parse(aanbieder.Gemeente), db => db.Aanmeldingen.Add(aanmelding));
        return aanmelding.Id;
    }

    /// <summary>Registers a dossier for <paramref name="bsn"/> in 0599 with a referral to Taalschool Noord for <paramref name="onderdelen"/>.</summary>
    public async Task<Guid> CursistAsync(string bsn, params Cursusonderdeel[] onderdelen)
    {
        var dossierId = await DossierAsync(bsn);
        foreach (var onderdeel in onderdelen.DefaultIfEmpty(Cursusonderdeel.Taal))
        {
            await AanmeldingAsync(dossierId, Noord, onderdeel);
        }

        return dossierId;
    }

    /// <summary>Registers a dossier in 0599 per BSN, each referred to Taalschool Noord for TAAL from 1 January 2026, in one save.</summary>
    public async Task CursistenAsync(IEnumerable<string> bsns)
    {
        await InGemeenteAsync(null, db =>
        {
            foreach (var bsn in bsns)
            {
                var dossier = new Dossier
                {
                    Id = Guid.NewGuid(),
                    Gemeente = PluginHarness.Rotterdam.Value,
                    Bsn = bsn,
                    Doelgroep = Doelgroep.Gezinsmigrant,
                    Koppeldatum = new DateOnly(2025, 1, 6),
                    WetRegime = WetRegime.Wi2021,
                    Status = DossierStatus.InTraject,
                    GeregistreerdDoor = "medewerker-1",
                };
                db.Dossiers.Add(dossier);
                db.Aanmeldingen.Add(new Aanmelding
                {
                    Id = Guid.NewGuid(),
                    DossierId = dossier.Id,
                    AanbiederId = Noord.Id,
                    Gemeente = Noord.Gemeente,
                    Onderdeel = Cursusonderdeel.Taal,
                    Startdatum = new DateOnly(2026, 1, 1),
                    AangemeldDoor = "medewerker-1",
                });
            }
        });
    }

    /// <summary>A consulent's import for <paramref name="aanbieder"/> (Taalschool Noord when not given).</summary>
    public LeveringInvoer Import(Aanbieder? aanbieder = null, string referentie = Referentie, LeveringModus modus = LeveringModus.GeldigeRegels) =>
        new(LeveringKanaal.Bestand, referentie, modus, (aanbieder ?? Noord).Id) { Bestandsnaam = "levering.csv" };

    /// <summary>A delivery by the aanbieder the user acts for.</summary>
    public static LeveringInvoer Eigen(string referentie = Referentie, LeveringModus modus = LeveringModus.GeldigeRegels, LeveringKanaal kanaal = LeveringKanaal.Api) =>
        new(kanaal, referentie, modus, null);

    /// <summary>Makes the user an employee of <paramref name="aanbieder"/> who acts for it.</summary>
    public void AlsMedewerkerVan(Aanbieder aanbieder)
    {
        Gebruiker.Organisation = aanbieder.Vestigingsnummer is null ? aanbieder.KvkNummer : $"{aanbieder.KvkNummer}/{aanbieder.Vestigingsnummer}";
        Toegang.Eigen.Clear();
        Toegang.Eigen.Add(aanbieder);
    }

    /// <summary>Processes <paramref name="regels"/> in a new scope, as one request of a channel does.</summary>
    public Task<LeveringUitkomst> VerwerkAsync(LeveringInvoer invoer, IReadOnlyList<LeveringRegel> regels, CancellationToken cancellationToken = default) =>
        VerwerkAsync(invoer, () => Stroom(regels), cancellationToken);

    public async Task<LeveringUitkomst> VerwerkAsync(LeveringInvoer invoer, Func<IAsyncEnumerable<LeveringRegel>> regels, CancellationToken cancellationToken = default)
    {
        await using var scope = Plugin.Services.CreateAsyncScope();
        var verwerker = scope.ServiceProvider.GetRequiredService<ILeveringVerwerker>();
        return await verwerker.VerwerkAsync(invoer, regels, cancellationToken);
    }

    /// <summary>Returns the rows of <typeparamref name="T"/> of every gemeente, bypassing the gemeente filter.</summary>
    public async Task<List<T>> AlleAsync<T>()
        where T : class
    {
        await using var scope = Plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        return await db.Set<T>().IgnoreQueryFilters().AsNoTracking().ToListAsync();
    }

    /// <summary>Returns the number of rows of <typeparamref name="T"/> of every gemeente.</summary>
    public async Task<int> AantalAsync<T>()
        where T : class
    {
        await using var scope = Plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        return await db.Set<T>().IgnoreQueryFilters().CountAsync();
    }

    /// <summary>A TAAL row of November 2026 of Taalschool Noord: 40 hours offered, 30 in person, 6 online, 2 and 2 absent.</summary>
    public static LeveringRegel Regel(
        int regelnummer,
        string bsn,
        string onderdeel = "TAAL",
        string van = "2026-11-01",
        string tot = "2026-11-30",
        string aangeboden = "40",
        string fysiek = "30",
        string online = "6",
        string geoorloofd = "2",
        string ongeoorloofd = "2",
        string leveringId = Referentie,
        string kvk = NoordKvk,
        string? vestigingsnummer = null,
        params (string Kolom, string Waarde)[] extra)
    {
        var waarden = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [LeveringKolommen.LeveringId] = leveringId,
            [LeveringKolommen.AanbiederKvk] = kvk,
            [LeveringKolommen.Vestigingsnummer] = vestigingsnummer,
            [LeveringKolommen.Bsn] = bsn,
            [LeveringKolommen.Onderdeel] = onderdeel,
            [LeveringKolommen.PeriodeVan] = van,
            [LeveringKolommen.PeriodeTot] = tot,
            [LeveringKolommen.UrenAangeboden] = aangeboden,
            [LeveringKolommen.UrenGevolgdFysiek] = fysiek,
            [LeveringKolommen.UrenGevolgdOnline] = online,
            [LeveringKolommen.UrenGeoorloofdVerzuim] = geoorloofd,
            [LeveringKolommen.UrenOngeoorloofdVerzuim] = ongeoorloofd,
        };
        foreach (var (kolom, waarde) in extra)
        {
            waarden[kolom] = waarde;
        }

        return new LeveringRegel(regelnummer, waarden);
    }

    public static async IAsyncEnumerable<LeveringRegel> Stroom(IEnumerable<LeveringRegel> regels, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var regel in regels)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return regel;
        }
    }

    public async ValueTask DisposeAsync() => await Plugin.DisposeAsync();

    private async Task InGemeenteAsync(GemeenteCode? gemeente, Action<InburgeringDbContext> toevoegen)
    {
        var huidig = Plugin.Tenant.Current;
        Plugin.Tenant.Current = gemeente ?? PluginHarness.Rotterdam;
        try
        {
            await using var scope = Plugin.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
            toevoegen(db);
            await db.SaveChangesAsync();
        }
        finally
        {
            Plugin.Tenant.Current = huidig;
        }
    }
}

/// <summary>Makes BSNs that pass the 11-check, one per number.</summary>
internal static class TestBsn
{
    /// <summary>Returns the first <paramref name="aantal"/> BSNs of <see cref="Maak"/>, from number <paramref name="vanaf"/>.</summary>
    public static List<string> Reeks(int vanaf, int aantal) => [.. Alle().Skip(vanaf - 1).Take(aantal)];

    /// <summary>Returns the <paramref name="nummer"/>-th valid BSN from 100000000 up (the weighted sum may not be 0); the same number gives the same BSN.</summary>
    public static string Maak(int nummer) => Alle().Skip(nummer - 1).First();

    private static IEnumerable<string> Alle()
    {
        for (var voorloop = 10_000_000; voorloop < 100_000_000; voorloop++)
        {
            var cijfers = voorloop.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var som = 0;
            for (var i = 0; i < 8; i++)
            {
                som += (cijfers[i] - '0') * (9 - i);
            }

            var laatste = som % 11;
            if (laatste == 10 || som == laatste)
            {
                continue;
            }

            yield return cijfers + (char)('0' + laatste);
        }
    }
}
