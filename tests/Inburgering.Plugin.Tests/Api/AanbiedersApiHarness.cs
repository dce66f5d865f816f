using System.Text;
using System.Text.Json;
using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Tests.Api;

/// <summary>
/// The plugin in <see cref="PluginHarness"/> with an aanbieder's API client as the user, and test doubles for the
/// aanbieder lookup and the delivery processing, which other parts of the plugin implement.
/// </summary>
internal sealed class AanbiedersApiHarness : IAsyncDisposable
{
    private AanbiedersApiHarness(PluginHarness plugin, FakeAanbiederToegang toegang, RecordingLeveringVerwerker verwerker, AanbiederUser user)
    {
        Plugin = plugin;
        Toegang = toegang;
        Verwerker = verwerker;
        User = user;
    }

    public PluginHarness Plugin { get; }

    public FakeAanbiederToegang Toegang { get; }

    public RecordingLeveringVerwerker Verwerker { get; }

    public AanbiederUser User { get; }

    public static async Task<AanbiedersApiHarness> StartAsync(DatabaseProvider provider)
    {
        var toegang = new FakeAanbiederToegang();
        var verwerker = new RecordingLeveringVerwerker();
        var user = new AanbiederUser();

        var plugin = await PluginHarness.StartAsync(provider, replaceServices: services =>
        {
            services.AddSingleton<ICurrentUser>(user);
            services.AddSingleton<IAanbiederToegang>(toegang);
            services.AddSingleton<ILeveringVerwerker>(verwerker);
        });

        return new AanbiedersApiHarness(plugin, toegang, verwerker, user);
    }

    /// <summary>Calls the operation <paramref name="operationId"/> as the host does after signing in the caller.</summary>
    public async Task<ApiResponse> CallAsync(string operationId, ApiRequest request)
    {
        await using var scope = Plugin.Services.CreateAsyncScope();
        var operation = scope.ServiceProvider.GetServices<IApiOperation>().Single(o => o.Definition.OperationId == operationId);

        return await operation.HandleAsync(request, CancellationToken.None);
    }

    /// <summary>Creates a request with the given path values, query and JSON body.</summary>
    public static ApiRequest Request(
        IReadOnlyDictionary<string, string>? path = null,
        IReadOnlyDictionary<string, string?>? query = null,
        string? idempotencyKey = null,
        string? body = null) =>
        new(path ?? new Dictionary<string, string>(), query ?? new Dictionary<string, string?>())
        {
            IdempotencyKey = idempotencyKey,
            Body = body is null ? null : new MemoryStream(Encoding.UTF8.GetBytes(body)),
        };

    /// <summary>Posts <paramref name="body"/> to <c>leveringen</c> with the idempotency key.</summary>
    public Task<ApiResponse> PostLeveringAsync(string idempotencyKey, string body) =>
        CallAsync("leveringToevoegen", Request(idempotencyKey: idempotencyKey, body: body));

    public static JsonElement Json(ApiResponse response)
    {
        using var document = JsonDocument.Parse(response.Json);
        return document.RootElement.Clone();
    }

    /// <summary>Registers an active aanbieder in <paramref name="gemeente"/>.</summary>
    public async Task<Aanbieder> AddAanbiederAsync(GemeenteCode gemeente, string kvk, string? vestigingsnummer = null)
    {
        var aanbieder = new Aanbieder
        {
            Id = Guid.NewGuid(),
            Gemeente = gemeente.Value,
            Naam = $"Taalschool {kvk}",
            KvkNummer = kvk,
            Vestigingsnummer = vestigingsnummer,
            Keurmerk = true,
            GeregistreerdOp = PluginHarness.Now,
            GeregistreerdDoor = "medewerker-17",
        };
        await AddAsync(gemeente, aanbieder);
        return aanbieder;
    }

    /// <summary>Registers the dossier of the BRP test person <paramref name="bsn"/> in <paramref name="gemeente"/>.</summary>
    public async Task<Guid> RegisterDossierAsync(GemeenteCode gemeente, string bsn)
    {
        var earlier = Plugin.Tenant.Current;
        Plugin.Tenant.Current = gemeente;
        try
        {
            var registered = await Plugin.RegisterAsync(bsn);
            return Guid.Parse(registered.NavigateTo!.RecordId!);
        }
        finally
        {
            Plugin.Tenant.Current = earlier;
        }
    }

    /// <summary>Refers the dossier to the aanbieder for <paramref name="onderdeel"/> from <paramref name="startdatum"/>.</summary>
    public async Task<Aanmelding> AddAanmeldingAsync(
        GemeenteCode gemeente,
        Guid dossierId,
        Guid aanbiederId,
        Cursusonderdeel onderdeel,
        DateOnly startdatum,
        DateOnly? einddatum = null)
    {
        var aanmelding = new Aanmelding
        {
            Id = Guid.NewGuid(),
            DossierId = dossierId,
            AanbiederId = aanbiederId,
            Gemeente = gemeente.Value,
            Onderdeel = onderdeel,
            Startdatum = startdatum,
            Einddatum = einddatum,
            AangemeldOp = PluginHarness.Now,
            AangemeldDoor = "medewerker-17",
        };
        await AddAsync(gemeente, aanmelding);
        return aanmelding;
    }

    /// <summary>Stores a delivery of the aanbieder received at <paramref name="ontvangenOp"/>.</summary>
    public async Task<Levering> AddLeveringAsync(GemeenteCode gemeente, Guid aanbiederId, string referentie, DateTimeOffset ontvangenOp, params LeveringFout[] fouten)
    {
        var levering = new Levering
        {
            Id = Guid.NewGuid(),
            Gemeente = gemeente.Value,
            AanbiederId = aanbiederId,
            Kanaal = LeveringKanaal.Bestand,
            Referentie = referentie,
            Inhoudshash = new string('a', 64),
            Modus = LeveringModus.GeldigeRegels,
            Status = fouten.Length == 0 ? LeveringStatus.Verwerkt : LeveringStatus.DeelsVerwerkt,
            Bestandsnaam = "levering.csv",
            AantalRegels = 3,
            AantalVerwerkt = 3 - fouten.Select(f => f.Regelnummer).Distinct().Count(),
            AantalGeweigerd = fouten.Select(f => f.Regelnummer).Distinct().Count(),
            OntvangenOp = ontvangenOp,
            OntvangenDoor = AanbiederUser.Id,
        };
        foreach (var fout in fouten)
        {
            fout.LeveringId = levering.Id;
        }

        await AddAsync(gemeente, [levering, .. fouten]);
        return levering;
    }

    /// <summary>Stores entities as a user of <paramref name="gemeente"/>, as the plugin refuses rows outside the current gemeente.</summary>
    public async Task AddAsync(GemeenteCode gemeente, params object[] entities)
    {
        var earlier = Plugin.Tenant.Current;
        Plugin.Tenant.Current = gemeente;
        try
        {
            await using var scope = Plugin.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
            db.AddRange(entities);
            await db.SaveChangesAsync();
        }
        finally
        {
            Plugin.Tenant.Current = earlier;
        }
    }

    public async ValueTask DisposeAsync() => await Plugin.DisposeAsync();
}
