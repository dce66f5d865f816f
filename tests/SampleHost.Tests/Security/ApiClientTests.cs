using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Host.Abstractions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SampleHost.Persistence;
using SampleHost.Tests.Hosting;
using TestSupport;

namespace SampleHost.Tests.Security;

/// <summary>API clients: keys created on /beheer/api-clients, stored as a hash and accepted on /api.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed partial class ApiClientTests(DatabaseProvider provider)
{
    private const string Beheerder0599 = "demo-0599-functioneel-beheerder";

    private const string Beheerder0518 = "demo-0518-functioneel-beheerder";

    private SampleHostServer _server = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        var connectionString = provider == DatabaseProvider.PostgreSql
            ? await PostgresServer.CreateDatabaseAsync("api_clients")
            : null;
        _server = new SampleHostServer(new SampleHostSettings { Provider = provider, ConnectionString = connectionString });
        _server.StartServer();
    }

    [OneTimeTearDown]
    public async Task StopHost() => await _server.DisposeAsync();

    [Test]
    public async Task Create_StoresOnlyHashOfSecret()
    {
        using var beheerder = await HostSession.LogInAsync(_server, Beheerder0599);

        var key = await CreateClientAsync(beheerder, "Leerplatform opslag", "functioneel-beheerder");
        var (keyId, secret) = Split(key);

        await using var scope = _server.CreateScopeAs(Beheerder0599);
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        var stored = await db.ApiClients.AsNoTracking().SingleAsync(c => c.KeyId == keyId);
        var cells = await ReadAllCellsAsync(db);
        Assert.That(secret, Has.Length.EqualTo(43), "32 random bytes in base64url");
        Assert.That(stored.SecretHash, Is.EqualTo(SHA256.HashData(Encoding.UTF8.GetBytes(secret))));
        Assert.That(stored.Gemeente, Is.EqualTo("0599"));
        Assert.That(stored.Role, Is.EqualTo("functioneel-beheerder"));
        Assert.That(stored.CreatedBy, Is.EqualTo(Beheerder0599));
        Assert.That(cells, Has.None.Contains(secret), "no column of api_clients holds the secret");
        Assert.That(cells, Has.Some.EqualTo(keyId), "the scan reads the stored rows");
    }

    [Test]
    public async Task Create_SecretNotInDatabase()
    {
        using var beheerder = await HostSession.LogInAsync(_server, Beheerder0599);

        var (keyId, secret) = Split(await CreateClientAsync(beheerder, "Leerplatform bestand", "functioneel-beheerder"));

        await using var scope = _server.CreateScopeAs(Beheerder0599);
        var connectionString = scope.ServiceProvider.GetRequiredService<HostDbContext>().Database.GetConnectionString()!;
        if (provider == DatabaseProvider.Sqlite)
        {
            var databaseBytes = await ReadSharedAsync(new SqliteConnectionStringBuilder(connectionString).DataSource);
            Assert.That(IndexOf(databaseBytes, Encoding.UTF8.GetBytes(secret)), Is.EqualTo(-1), "the secret is nowhere in the database file");
            Assert.That(IndexOf(databaseBytes, Encoding.UTF8.GetBytes(keyId)), Is.GreaterThan(-1), "the key id is stored, so the scan can find a stored string");
        }
        else
        {
            Assert.That(await ColumnsContainingAsync(connectionString, secret), Is.Empty, "the secret is in no text column of any table");
            Assert.That(await ColumnsContainingAsync(connectionString, keyId), Is.EqualTo(new[] { "public.api_clients.KeyId" }), "the scan finds a stored string");
        }
    }

    /// <summary>Returns every text column, as schema.table.column, whose value contains <paramref name="text"/> in some row.</summary>
    private static async Task<List<string>> ColumnsContainingAsync(string connectionString, string text)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var columns = new List<(string Schema, string Table, string Column)>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_schema, table_name, column_name FROM information_schema.columns " +
            "WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND data_type IN ('text', 'character varying', 'character')",
            connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        var found = new List<string>();
        foreach (var (schema, table, column) in columns)
        {
            await using var search = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM \"{schema}\".\"{table}\" WHERE strpos(\"{column}\", @text) > 0)", connection);
            search.Parameters.AddWithValue("text", text);
            if ((bool)(await search.ExecuteScalarAsync())!)
            {
                found.Add($"{schema}.{table}.{column}");
            }
        }

        return found;
    }

    [Test]
    public async Task Create_KeyIsShownOnlyOnce()
    {
        using var beheerder = await HostSession.LogInAsync(_server, Beheerder0599);

        var key = await CreateClientAsync(beheerder, "Leerplatform eenmalig", "functioneel-beheerder");
        var (status, html) = await beheerder.GetPageAsync("/beheer/api-clients");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain(Split(key).KeyId));
        Assert.That(html, Does.Not.Contain(Split(key).Secret));
    }

    [TestCase("Bearer")]
    [TestCase("X-Api-Key")]
    public async Task ValidKey_OnApi_ActsInItsRole(string header)
    {
        using var beheerder = await HostSession.LogInAsync(_server, Beheerder0599);
        var key = await CreateClientAsync(beheerder, $"Leerplatform {header}", "functioneel-beheerder");

        using var response = await CallApiAsync("/api/screens", header, key);

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ids = document.RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ids, Is.EquivalentTo(new[] { "host.instellingen", "inburgering.aanbieders", "inburgering.aanbieder", "inburgering.abonnementen", "inburgering.abonnement" }), "the screens of the functioneel beheerder's role, who registers aanbieders and manages subscriptions");
    }

    [Test]
    public async Task ValidKey_OnPage_IsNotAccepted()
    {
        using var beheerder = await HostSession.LogInAsync(_server, Beheerder0599);
        var key = await CreateClientAsync(beheerder, "Leerplatform pagina", "functioneel-beheerder");

        using var response = await CallApiAsync("/klanten", "Bearer", key);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.AbsolutePath, Is.EqualTo("/inloggen"));
    }

    [Test]
    public async Task WrongSecret_OnApi_IsUnauthorized()
    {
        using var beheerder = await HostSession.LogInAsync(_server, Beheerder0599);
        var key = await CreateClientAsync(beheerder, "Leerplatform fout", "functioneel-beheerder");
        var wrong = Split(key).KeyId + "." + new string('A', 43);

        using var response = await CallApiAsync("/api/screens", "Bearer", wrong);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(_server.Logs.Count(e => e.EventId == 6111 && e.Message == $"API request with key id {Split(key).KeyId} rejected: wrong secret"), Is.EqualTo(1));
    }

    [Test]
    public async Task UnknownKey_OnApi_IsUnauthorized()
    {
        using var response = await CallApiAsync("/api/screens", "X-Api-Key", "onbekend." + new string('B', 43));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Bearer"));
        Assert.That(_server.Logs.Count(e => e.EventId == 6111 && e.Message == "API request with key id (malformed) rejected: unknown key id"), Is.EqualTo(1));
        Assert.That(_server.Logs.Any(e => e.Message.Contains("onbekend", StringComparison.Ordinal)), Is.False, "a malformed key id is not logged as sent");
    }

    [Test]
    public async Task RevokedKey_OnApi_IsUnauthorized()
    {
        using var beheerder = await HostSession.LogInAsync(_server, Beheerder0599);
        var key = await CreateClientAsync(beheerder, "Leerplatform ingetrokken", "functioneel-beheerder");
        using var before = await CallApiAsync("/api/screens", "Bearer", key);

        var (id, version) = await FindRowAsync(beheerder, Split(key).KeyId);
        using var revoke = await beheerder.PostFormAsync("/beheer/api-clients", new Dictionary<string, string> { ["id"] = id, ["version"] = version }, "/beheer/api-clients?handler=Intrekken");
        using var after = await CallApiAsync("/api/screens", "Bearer", key);

        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(revoke.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task OtherGemeentesSecret_WithKeyId_IsUnauthorized()
    {
        using var beheerder0599 = await HostSession.LogInAsync(_server, Beheerder0599);
        using var beheerder0518 = await HostSession.LogInAsync(_server, Beheerder0518);
        var key0599 = await CreateClientAsync(beheerder0599, "Leerplatform Rotterdam", "functioneel-beheerder");
        var key0518 = await CreateClientAsync(beheerder0518, "Leerplatform Den Haag", "functioneel-beheerder");

        using var mixed = await CallApiAsync("/api/screens", "Bearer", Split(key0599).KeyId + "." + Split(key0518).Secret);
        var (_, list0518) = await beheerder0518.GetPageAsync("/beheer/api-clients");

        Assert.That(mixed.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(list0518, Does.Contain("Leerplatform Den Haag"));
        Assert.That(list0518, Does.Not.Contain("Leerplatform Rotterdam"));
    }

    [Test]
    public async Task OtherGemeentesClient_Revoke_IsNotFound()
    {
        using var beheerder0599 = await HostSession.LogInAsync(_server, Beheerder0599);
        using var beheerder0518 = await HostSession.LogInAsync(_server, Beheerder0518);
        var key = await CreateClientAsync(beheerder0599, "Leerplatform buiten bereik", "functioneel-beheerder");
        var (id, version) = await FindRowAsync(beheerder0599, Split(key).KeyId);

        using var revoke = await beheerder0518.PostFormAsync("/beheer/api-clients", new Dictionary<string, string> { ["id"] = id, ["version"] = version }, "/beheer/api-clients?handler=Intrekken");
        using var stillWorks = await CallApiAsync("/api/screens", "Bearer", key);

        Assert.That(revoke.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(stillWorks.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Cookie_OnApi_StillWorks()
    {
        using var consulent = await HostSession.LogInAsync(_server, "demo-0599-consulent-inburgering");

        using var response = await consulent.Client.GetAsync(new Uri("/api/screens", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("demo-0599-consulent-inburgering")]
    [TestCase("demo-0599-privacy-officer")]
    public async Task Page_RoleWithoutPermission_IsForbidden(string userId)
    {
        using var session = await HostSession.LogInAsync(_server, userId);

        using var response = await session.Client.GetAsync(new Uri("/beheer/api-clients", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.AbsolutePath, Is.EqualTo("/geen-toegang"));
    }

    [Test]
    public async Task Create_WithoutName_KeepsInputAndShowsError()
    {
        using var beheerder = await HostSession.LogInAsync(_server, Beheerder0599);

        using var response = await beheerder.PostFormAsync("/beheer/api-clients", new Dictionary<string, string> { ["name"] = " ", ["role"] = "functioneel-beheerder" }, "/beheer/api-clients?handler=Aanmaken");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("id=\"client-naam-fout\""));
        Assert.That(html, Does.Contain("<option value=\"functioneel-beheerder\" selected=\"selected\">"));
        Assert.That(html, Does.Not.Contain("data-new-key"));
    }

    [Test]
    public async Task Create_RoleBeyondOwnPermissions_IsRejected()
    {
        using var beheerder = await HostSession.LogInAsync(_server, Beheerder0599);

        using var response = await beheerder.PostFormAsync("/beheer/api-clients", new Dictionary<string, string> { ["name"] = "Dossierlezer", ["role"] = "consulent-inburgering" }, "/beheer/api-clients?handler=Aanmaken");
        var html = await response.Content.ReadAsStringAsync();
        var (_, list) = await beheerder.GetPageAsync("/beheer/api-clients");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("u kunt een systeem geen rechten geven die u zelf niet heeft"));
        Assert.That(html, Does.Not.Contain("data-new-key"));
        Assert.That(html, Does.Not.Contain("<option value=\"consulent-inburgering\""), "the form offers only roles within the beheerder's own permissions");
        Assert.That(list, Does.Not.Contain("Dossierlezer"));
    }

    /// <summary>Creates an API client through the page and returns the key the page shows once.</summary>
    internal static async Task<string> CreateClientAsync(HostSession beheerder, string name, string role)
    {
        using var response = await beheerder.PostFormAsync("/beheer/api-clients", new Dictionary<string, string> { ["name"] = name, ["role"] = role }, "/beheer/api-clients?handler=Aanmaken");
        var html = await response.Content.ReadAsStringAsync();
        var match = NewKey().Match(html);
        Assert.That(match.Success, Is.True, $"the page shows no new key; status {(int)response.StatusCode}");
        return match.Groups[1].Value;
    }

    /// <summary>Returns the id and version in the revoke form of the client with <paramref name="keyId"/>, as the page shows them now.</summary>
    internal static async Task<(string Id, string Version)> FindRowAsync(HostSession beheerder, string keyId)
    {
        var (_, html) = await beheerder.GetPageAsync("/beheer/api-clients");
        var row = html[html.IndexOf($"<code>{keyId}</code>", StringComparison.Ordinal)..];
        var id = RevokeId().Match(row).Groups[1].Value;
        var version = RevokeVersion().Match(row).Groups[1].Value;
        return (id, version);
    }

    internal static (string KeyId, string Secret) Split(string key)
    {
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        return (key[..dot], key[(dot + 1)..]);
    }

    private async Task<HttpResponseMessage> CallApiAsync(string path, string header, string key)
    {
        using var client = _server.CreateBrowserLikeClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (header == "Bearer")
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        else
        {
            request.Headers.Add(header, key);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Reads the SQLite file and its write-ahead log, if there is one, while the host keeps them open.</summary>
    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        using var copy = new MemoryStream();
        foreach (var file in new[] { path, path + "-wal" }.Where(File.Exists))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            await stream.CopyToAsync(copy);
        }

        return copy.ToArray();
    }

    /// <summary>Returns every cell of <c>api_clients</c> as text, and binary cells also as base64 and as UTF-8.</summary>
    private static async Task<List<string>> ReadAllCellsAsync(HostDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM api_clients";
        await using var reader = await command.ExecuteReaderAsync();

        var cells = new List<string>();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.GetValue(i);
                if (value is byte[] bytes)
                {
                    cells.Add(Convert.ToBase64String(bytes));
                    cells.Add(Encoding.UTF8.GetString(bytes));
                }
                else
                {
                    cells.Add(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
                }
            }
        }

        return cells;
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);

    [GeneratedRegex("<code data-new-key>([^<]+)</code>")]
    private static partial Regex NewKey();

    [GeneratedRegex("name=\"id\" value=\"([^\"]+)\"")]
    private static partial Regex RevokeId();

    [GeneratedRegex("name=\"version\" value=\"([^\"]+)\"")]
    private static partial Regex RevokeVersion();
}
