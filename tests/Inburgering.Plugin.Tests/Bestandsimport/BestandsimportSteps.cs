using System.Text;
using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Tests.Bestandsimport;

/// <summary>Steps the file import tests share: the plugin with a recording processing service, aanbieders, deliveries, uploads and downloads.</summary>
internal static class BestandsimportSteps
{
    /// <summary>Starts the plugin with <paramref name="verwerker"/> in place of the processing service and a simple aanbieder access.</summary>
    public static Task<PluginHarness> StartAsync(RecordingLeveringVerwerker verwerker, DatabaseProvider provider) =>
        PluginHarness.StartAsync(provider, replaceServices: services =>
        {
            services.AddSingleton<ILeveringVerwerker>(verwerker);
            services.AddScoped<IAanbiederToegang, FakeAanbiederToegang>();
        });

    public static async Task<Aanbieder> AddAanbiederAsync(PluginHarness plugin, string naam, string kvk, string? vestigingsnummer = null, bool actief = true)
    {
        var aanbieder = new Aanbieder
        {
            Id = Guid.CreateVersion7(),
            Gemeente = plugin.Tenant.Current!.Value.Value,
            Naam = naam,
            KvkNummer = kvk,
            Vestigingsnummer = vestigingsnummer,
            Actief = actief,
            GeregistreerdOp = plugin.Clock.GetUtcNow(),
            GeregistreerdDoor = "beheerder-1",
        };

        await WithDbAsync(plugin, db => db.Aanbieders.Add(aanbieder));
        return aanbieder;
    }

    /// <summary>Stores a delivery of <paramref name="aanbiederId"/> with one error per given line number.</summary>
    public static async Task<Levering> AddLeveringAsync(PluginHarness plugin, Guid aanbiederId, DateTimeOffset ontvangenOp, params int[] foutregels)
    {
        var gemeente = plugin.Tenant.Current!.Value.Value;
        var levering = new Levering
        {
            Id = Guid.CreateVersion7(),
            Gemeente = gemeente,
            AanbiederId = aanbiederId,
            Kanaal = LeveringKanaal.Bestand,
            Referentie = $"LEV-{Guid.NewGuid():N}",
            Inhoudshash = new string('0', 64),
            Modus = LeveringModus.GeldigeRegels,
            Status = foutregels.Length == 0 ? LeveringStatus.Verwerkt : LeveringStatus.DeelsVerwerkt,
            Bestandsnaam = "levering.csv",
            AantalRegels = 10,
            AantalVerwerkt = 10 - foutregels.Length,
            AantalGeweigerd = foutregels.Length,
            OntvangenOp = ontvangenOp,
            OntvangenDoor = "medewerker-17",
        };

        await WithDbAsync(plugin, db =>
        {
            db.Leveringen.Add(levering);
            foreach (var regel in foutregels)
            {
                db.LeveringFouten.Add(new LeveringFout
                {
                    Id = Guid.CreateVersion7(),
                    LeveringId = levering.Id,
                    Gemeente = gemeente,
                    Regelnummer = regel,
                    Kolom = LeveringKolommen.PeriodeVan,
                    Waarde = "=31-02-2026",
                    Code = "datum",
                    MeldingNl = "Vul de datum in als jjjj-mm-dd.",
                    MeldingEn = "Enter the date as yyyy-mm-dd.",
                });
            }
        });

        return levering;
    }

    /// <summary>Runs an upload action with the file <paramref name="bytes"/> named <paramref name="bestandsnaam"/>.</summary>
    public static async Task<ActionResult> UploadAsync(PluginHarness plugin, string actionId, byte[]? bytes, string bestandsnaam, params (string Key, string? Value)[] values)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetServices<IActionHandler>().Single(h => h.Definition.Id == actionId);

        var files = new Dictionary<string, ActionFile>();
        if (bytes is not null)
        {
            files["bestand"] = new ActionFile(bestandsnaam, "text/csv", bytes.Length, () => new MemoryStream(bytes, writable: false));
        }

        var request = new ActionRequest(null, values.ToDictionary(v => v.Key, v => v.Value)) { Files = files };
        return await handler.ExecuteAsync(request, CancellationToken.None);
    }

    /// <summary>Creates a download and returns its file and its content as text, or <see langword="null"/> when not found.</summary>
    public static async Task<(DownloadFile File, byte[] Inhoud)?> DownloadAsync(PluginHarness plugin, string downloadId, string? recordId)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var download = scope.ServiceProvider.GetServices<IDownload>().Single(d => d.Definition.Id == downloadId);

        if (await download.CreateAsync(recordId, CancellationToken.None) is not { } file)
        {
            return null;
        }

        using var stream = new MemoryStream();
        await file.WriteAsync(stream, CancellationToken.None);
        return (file, stream.ToArray());
    }

    /// <summary>Returns the text of a UTF-8 file without its byte order mark.</summary>
    public static string Tekst(byte[] inhoud) => new UTF8Encoding(false).GetString(inhoud).TrimStart('\uFEFF');

    private static async Task WithDbAsync(PluginHarness plugin, Action<InburgeringDbContext> work)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        work(db);
        await db.SaveChangesAsync();
    }
}
