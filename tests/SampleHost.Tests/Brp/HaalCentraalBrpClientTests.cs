using System.Globalization;
using Host.Abstractions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TestSupport;

namespace SampleHost.Tests.Brp;

/// <summary>The BRP client, registered by <c>AddBrpClient</c>, against the stand-in on Kestrel and against servers that fail.</summary>
[TestFixture]
public sealed class HaalCentraalBrpClientTests
{
    private static readonly string[] s_allFields =
    [
        BrpFields.Burgerservicenummer,
        BrpFields.Naam,
        BrpFields.Geboorte,
        BrpFields.Nationaliteiten,
        BrpFields.Verblijfplaats,
        BrpFields.GemeenteVanInschrijving,
        BrpFields.DatumInschrijvingInGemeente,
    ];

    private BrpStandInServer _server = null!;
    private BrpClientServices _services = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _server = await BrpStandInServer.StartAsync();
        _services = new BrpClientServices(_server.BaseUrl, BrpStandInServer.ApiKey);
    }

    [OneTimeTearDown]
    public async Task StopServer()
    {
        _services.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task FindByBsn_WithKnownBsn_ReturnsNameAndBirth()
    {
        var result = await _services.Client.FindByBsnAsync(Bsn.Parse("999993653"), s_allFields, CancellationToken.None);

        var persoon = result.Persoon;
        Assert.That(result.Status, Is.EqualTo(BrpLookupStatus.Found), result.Problem);
        Assert.That(persoon?.Bsn.Value, Is.EqualTo("999993653"));
        Assert.That(persoon?.Naam, Is.EqualTo(new BrpNaam("Suzanne", null, "Moulin", "Suzanne Moulin")));
        Assert.That(persoon?.Geboortedatum, Is.EqualTo(PartialDate.FromDate(new DateOnly(1985, 12, 1))));
        Assert.That(persoon?.Geboorteplaats, Is.EqualTo("Thann"));
        Assert.That(persoon?.Nationaliteiten, Is.EqualTo(new[] { new BrpNationaliteit("0057", null) }));
        Assert.That(result.Problem, Is.Null);
    }

    [Test]
    public async Task FindByBsn_WithKnownBsn_ReturnsAddressAndGemeente()
    {
        var result = await _services.Client.FindByBsnAsync(Bsn.Parse("999993653"), s_allFields, CancellationToken.None);

        var persoon = result.Persoon;
        var verblijfplaats = persoon?.Verblijfplaats;
        Assert.That(verblijfplaats?.AdresRegel1, Is.EqualTo("Boterdiep 31"));
        Assert.That(verblijfplaats?.AdresRegel2, Is.EqualTo("3077 AW  ROTTERDAM"));
        Assert.That(verblijfplaats?.Straat, Is.EqualTo("Boterdiep"));
        Assert.That(verblijfplaats?.Huisnummer, Is.EqualTo(31));
        Assert.That(verblijfplaats?.Huisletter, Is.Null);
        Assert.That(verblijfplaats?.Postcode, Is.EqualTo("3077AW"));
        Assert.That(verblijfplaats?.Woonplaats, Is.EqualTo("Rotterdam"));
        Assert.That(verblijfplaats?.Locatiebeschrijving, Is.Null);
        Assert.That(persoon?.GemeenteVanInschrijving, Is.EqualTo(new BrpGemeente("0599", "Rotterdam")));
        Assert.That(persoon?.DatumInschrijvingInGemeente, Is.EqualTo(PartialDate.FromDate(new DateOnly(2013, 11, 2))));
    }

    [Test]
    public async Task FindByBsn_WithLocationDescription_KeepsLeadingZeros()
    {
        var result = await _services.Client.FindByBsnAsync(Bsn.Parse("000009921"), s_allFields, CancellationToken.None);

        var persoon = result.Persoon;
        Assert.That(result.Status, Is.EqualTo(BrpLookupStatus.Found), result.Problem);
        Assert.That(persoon?.Bsn.Value, Is.EqualTo("000009921"));
        Assert.That(persoon?.Naam, Is.EqualTo(new BrpNaam("Erik", "van den", "Oever", "Erik van den Oever")));
        Assert.That(persoon?.Geboortedatum, Is.EqualTo(PartialDate.FromDate(new DateOnly(1921, 10, 9))));
        Assert.That(persoon?.Verblijfplaats?.AdresRegel1, Is.EqualTo("Woonboot in de Grote Sloot"));
        Assert.That(persoon?.Verblijfplaats?.AdresRegel2, Is.EqualTo("'S-GRAVENHAGE"));
        Assert.That(persoon?.Verblijfplaats?.Locatiebeschrijving, Is.EqualTo("Woonboot in de Grote Sloot"));
        Assert.That(persoon?.Verblijfplaats?.Straat, Is.Null);
        Assert.That(persoon?.GemeenteVanInschrijving, Is.EqualTo(new BrpGemeente("0518", "'s-Gravenhage")));
    }

    [Test]
    public async Task FindByBsn_WithYearOnlyBirthDate_ReturnsYearOnly()
    {
        var result = await _services.Client.FindByBsnAsync(Bsn.Parse("999992806"), [BrpFields.Geboorte], CancellationToken.None);

        var geboortedatum = result.Persoon?.Geboortedatum;
        Assert.That(geboortedatum, Is.EqualTo(PartialDate.FromYear(1968)));
        Assert.That(geboortedatum?.Month, Is.Null);
        Assert.That(geboortedatum?.ToDisplayString(CultureInfo.GetCultureInfo("nl-NL")), Is.EqualTo("1968"));
    }

    [Test]
    public async Task FindByBsn_WithHouseLetter_ComposesAddressLines()
    {
        var result = await _services.Client.FindByBsnAsync(Bsn.Parse("999993550"), [BrpFields.Verblijfplaats], CancellationToken.None);

        var verblijfplaats = result.Persoon?.Verblijfplaats;
        Assert.That(verblijfplaats?.AdresRegel1, Is.EqualTo("Kerkstraat 158 H"));
        Assert.That(verblijfplaats?.AdresRegel2, Is.EqualTo("1017 GS  AMSTERDAM"));
        Assert.That(verblijfplaats?.Huisletter, Is.EqualTo("H"));
    }

    [Test]
    public async Task FindByBsn_WithAddressAbroad_JoinsForeignLines()
    {
        var result = await _services.Client.FindByBsnAsync(Bsn.Parse("999993483"), [BrpFields.Verblijfplaats], CancellationToken.None);

        var verblijfplaats = result.Persoon?.Verblijfplaats;
        Assert.That(result.Status, Is.EqualTo(BrpLookupStatus.Found), result.Problem);
        Assert.That(verblijfplaats?.AdresRegel1, Is.EqualTo("Rue du pomme 25"));
        Assert.That(verblijfplaats?.AdresRegel2, Is.EqualTo("Bruxelles, postcode 1000"));
    }

    [Test]
    public async Task FindByBsn_WithOnlyNaam_LeavesOtherGroupsEmpty()
    {
        var result = await _services.Client.FindByBsnAsync(Bsn.Parse("999993653"), [BrpFields.Naam], CancellationToken.None);

        var persoon = result.Persoon;
        Assert.That(persoon?.Naam?.VolledigeNaam, Is.EqualTo("Suzanne Moulin"));
        Assert.That(persoon?.Geboortedatum, Is.Null);
        Assert.That(persoon?.Geboorteplaats, Is.Null);
        Assert.That(persoon?.Verblijfplaats, Is.Null);
        Assert.That(persoon?.GemeenteVanInschrijving, Is.Null);
        Assert.That(persoon?.Nationaliteiten, Is.Empty);
    }

    [Test]
    public async Task FindByBsn_WithUnknownBsn_ReturnsNotFound()
    {
        var result = await _services.Client.FindByBsnAsync(Bsn.Parse("111222333"), [BrpFields.Naam], CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(BrpLookupStatus.NotFound));
        Assert.That(result.Persoon, Is.Null);
        Assert.That(result.Problem, Is.Null);
    }

    [Test]
    public async Task FindByBsn_WithUnknownField_ReturnsFailed()
    {
        var result = await _services.Client.FindByBsnAsync(Bsn.Parse("999993653"), ["naam", "bestaatNiet"], CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(BrpLookupStatus.Failed));
        Assert.That(result.Problem, Does.StartWith("The BRP request failed with status 400 (Bad Request): "));
        Assert.That(result.Problem, Does.Contain("fields[2]"));
        Assert.That(result.Problem, Does.Not.Contain("999993653"));
    }

    [Test]
    public void FindByBsn_WithNoFields_Throws()
    {
        Assert.That(
            () => _services.Client.FindByBsnAsync(Bsn.Parse("999993653"), [], CancellationToken.None),
            Throws.ArgumentException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("fields"));
    }

    [Test]
    public async Task FindByBsn_WithWrongApiKey_ReturnsFailedUnauthorized()
    {
        using var services = new BrpClientServices(_server.BaseUrl, "wrong-key");

        var result = await services.Client.FindByBsnAsync(Bsn.Parse("999993653"), [BrpFields.Naam], CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(BrpLookupStatus.Failed));
        Assert.That(result.Problem, Does.StartWith("The BRP request failed with status 401 (Unauthorized)"));
        Assert.That(result.Persoon, Is.Null);
    }

    [Test]
    public async Task FindByBsn_WithNothingListening_ReturnsFailedUnreachable()
    {
        var baseUrl = $"http://127.0.0.1:{FreePort.Next()}/haalcentraal/api/brp";
        using var services = new BrpClientServices(baseUrl, BrpStandInServer.ApiKey);

        var result = await services.Client.FindByBsnAsync(Bsn.Parse("999993653"), [BrpFields.Naam], CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(BrpLookupStatus.Failed));
        Assert.That(result.Problem, Does.StartWith("The BRP at http://127.0.0.1:"));
        Assert.That(result.Problem, Does.EndWith("could not be reached (ConnectionError)."));
        Assert.That(services.Logs.Lines, Has.Some.Contains("could not be reached"));
    }

    [Test]
    public async Task FindByBsn_WithSlowServer_ReturnsFailedTimeout()
    {
        await using var slow = await StartSlowServerAsync();
        using var services = new BrpClientServices(slow.Urls.Single() + "/haalcentraal/api/brp", BrpStandInServer.ApiKey, TimeSpan.FromMilliseconds(300));

        var result = await services.Client.FindByBsnAsync(Bsn.Parse("999993653"), [BrpFields.Naam], CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(BrpLookupStatus.Failed));
        Assert.That(result.Problem, Does.StartWith("The BRP request timed out after 0.3 seconds"));
    }

    [Test]
    public void FindByBsn_WhenCallerCancels_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.That(
            () => _services.Client.FindByBsnAsync(Bsn.Parse("999993653"), [BrpFields.Naam], cancellation.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task FindByBsn_AnyOutcome_LogsNoPersonalData()
    {
        using var unreachable = new BrpClientServices($"http://127.0.0.1:{FreePort.Next()}/haalcentraal/api/brp", BrpStandInServer.ApiKey);
        using var wrongKey = new BrpClientServices(_server.BaseUrl, "wrong-key");
        var bsn = Bsn.Parse("999993653");

        await _services.Client.FindByBsnAsync(bsn, s_allFields, CancellationToken.None);
        await _services.Client.FindByBsnAsync(bsn, ["naam", "bestaatNiet"], CancellationToken.None);
        await unreachable.Client.FindByBsnAsync(bsn, s_allFields, CancellationToken.None);
        await wrongKey.Client.FindByBsnAsync(bsn, s_allFields, CancellationToken.None);

        var lines = _services.Logs.Lines.Concat(unreachable.Logs.Lines).Concat(wrongKey.Logs.Lines).Concat(_server.Logs.Lines).ToList();
        Assert.That(lines, Is.Not.Empty);
        Assert.That(lines, Has.None.Contains("999993653"));
        Assert.That(lines, Has.None.Contains("Moulin"));
        Assert.That(lines, Has.None.Contains("Boterdiep"));
    }

    // A server that never responds to POST /haalcentraal/api/brp/personen, to make the client time out.
    private static async Task<WebApplication> StartSlowServerAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Test", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();

        var app = builder.Build();
        app.MapPost("/haalcentraal/api/brp/personen", async (HttpContext context) =>
        {
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up, which is what the test waits for.
            }
        });
        await app.StartAsync();
        return app;
    }
}
