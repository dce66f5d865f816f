using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Host.Abstractions;
using Inburgering.Plugin.Api;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Inburgering.Plugin.Tests.Api;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed partial class AanbiedersApiDefinitionTests(DatabaseProvider provider)
{
    private AanbiedersApiHarness _api = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _api = await AanbiedersApiHarness.StartAsync(provider);

    [OneTimeTearDown]
    public async Task StopAsync() => await _api.DisposeAsync();

    [Test]
    public void Operations_AreRegisteredWithTheirRoutes()
    {
        var routes = Definitions().Select(d => $"{d.Method} {d.Path} {d.OperationId}");

        Assert.That(routes, Is.EquivalentTo(new[]
        {
            "Get aanmeldingen aanmeldingenOphalen",
            "Get aanmeldingen/{aanmeldingId} aanmeldingOphalen",
            "Post leveringen leveringToevoegen",
            "Get leveringen leveringenOphalen",
            "Get leveringen/{leveringId} leveringOphalen",
        }));
    }

    [Test]
    public void Operations_NeedAanleveren()
    {
        Assert.That(Definitions().Select(d => d.Permission), Is.All.EqualTo(InburgeringPermissions.Aanleveren));
    }

    [Test]
    public void Paths_AreKebabCasePluralsWithoutTrailingSlash()
    {
        foreach (var definition in Definitions())
        {
            Assert.That(definition.Path, Does.Match(PathPattern()), definition.OperationId);
        }
    }

    [Test]
    public void AddLevering_NeedsKeyAndCreates()
    {
        var definition = Definitions().Single(d => d.OperationId == "leveringToevoegen");

        Assert.That(definition.RequiresIdempotencyKey, Is.True);
        Assert.That(definition.SuccessStatus, Is.EqualTo(201));
        Assert.That(definition.RequestSchema, Is.EqualTo(AanbiedersApiSchemas.LeveringVerzoek));
        Assert.That(Definitions().Where(d => d.OperationId != "leveringToevoegen").Select(d => d.RequiresIdempotencyKey), Is.All.False);
    }

    [Test]
    public void Lists_HavePagingParameters()
    {
        foreach (var definition in Definitions().Where(d => d.OperationId is "aanmeldingenOphalen" or "leveringenOphalen"))
        {
            Assert.That(definition.QueryParameters.Select(p => p.Name), Is.EqualTo(new[] { "cursor", "paginaGrootte" }), definition.OperationId);
        }
    }

    [Test]
    public void Schemas_AreJsonObjects()
    {
        var schemas = Definitions()
            .SelectMany(d => new[] { d.RequestSchema, d.ResponseSchema }.Concat(d.QueryParameters.Select(p => p.Schema)))
            .OfType<string>();

        foreach (var schema in schemas)
        {
            using var document = JsonDocument.Parse(schema);
            Assert.That(document.RootElement.GetProperty("type").GetString(), Is.AnyOf("object", "integer", "string"));
        }
    }

    [Test]
    public void AanmeldingSchema_NamesEveryProperty()
    {
        AssertNames(Schema(AanbiedersApiSchemas.Aanmelding), typeof(AanmeldingDto));
    }

    [Test]
    public void AanmeldingenPaginaSchema_NamesEveryProperty()
    {
        var schema = Schema(AanbiedersApiSchemas.AanmeldingenPagina);

        AssertNames(schema, typeof(AanmeldingenPaginaDto));
        AssertNames(Property(schema, "aanmeldingen").GetProperty("items"), typeof(AanmeldingDto));
        AssertLinks(Property(schema, "_links"));
    }

    [Test]
    public void LeveringVerzoekSchema_NamesEveryProperty()
    {
        var schema = Schema(AanbiedersApiSchemas.LeveringVerzoek);
        var regels = Property(schema, "regels");

        AssertNames(schema, typeof(LeveringVerzoek));
        AssertNames(regels.GetProperty("items"), typeof(LeveringVerzoekRegel));
        Assert.That(regels.GetProperty("maxItems").GetInt32(), Is.EqualTo(LeveringVerzoekLezer.MaxRegels));
        Assert.That(Property(schema, "leveringId").GetProperty("maxLength").GetInt32(), Is.EqualTo(AddLeveringOperation.MaxReferentieLengte));
    }

    [Test]
    public void LeveringUitkomstSchema_NamesEveryProperty()
    {
        var schema = Schema(AanbiedersApiSchemas.LeveringUitkomst);

        AssertNames(schema, typeof(LeveringUitkomstDto));
        AssertFouten(Property(schema, "fouten"));
    }

    [Test]
    public void LeveringSchema_NamesEveryProperty()
    {
        var schema = Schema(AanbiedersApiSchemas.Levering);

        AssertNames(schema, typeof(LeveringDto));
        AssertFouten(Property(schema, "fouten"));
    }

    [Test]
    public void LeveringenPaginaSchema_NamesEveryProperty()
    {
        var schema = Schema(AanbiedersApiSchemas.LeveringenPagina);

        AssertNames(schema, typeof(LeveringenPaginaDto));
        AssertNames(Property(schema, "leveringen").GetProperty("items"), typeof(LeveringOverzichtDto));
        AssertLinks(Property(schema, "_links"));
    }

    [Test]
    public void Schemas_RequireOnlyTheirOwnProperties()
    {
        foreach (var text in new[] { AanbiedersApiSchemas.Aanmelding, AanbiedersApiSchemas.AanmeldingenPagina, AanbiedersApiSchemas.LeveringVerzoek, AanbiedersApiSchemas.LeveringUitkomst, AanbiedersApiSchemas.Levering, AanbiedersApiSchemas.LeveringenPagina })
        {
            var schema = Schema(text);
            var names = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();

            Assert.That(schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()), Is.SubsetOf(names));
        }
    }

    private static void AssertFouten(JsonElement fouten)
    {
        var item = fouten.GetProperty("items");

        AssertNames(item, typeof(LeveringFoutDto));
        AssertNames(Property(item, "melding"), typeof(MeldingDto));
    }

    private static void AssertLinks(JsonElement links)
    {
        AssertNames(links, typeof(PaginaLinksDto));
        AssertNames(Property(links, "self"), typeof(LinkDto));
        AssertNames(Property(links, "next"), typeof(LinkDto));
    }

    /// <summary>Checks that the schema's properties are exactly the JSON properties the serializer writes for <paramref name="type"/>.</summary>
    private static void AssertNames(JsonElement schema, Type type)
    {
        JsonTypeInfo info = AanbiedersApiJson.Default.GetTypeInfo(type)!;
        var schemaNames = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name);

        Assert.That(schemaNames, Is.EquivalentTo(info.Properties.Select(p => p.Name)), type.Name);
    }

    private static JsonElement Property(JsonElement schema, string name) => schema.GetProperty("properties").GetProperty(name);

    private static JsonElement Schema(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private List<ApiOperationDefinition> Definitions()
    {
        using var scope = _api.Plugin.Services.CreateScope();
        return [.. scope.ServiceProvider.GetServices<IApiOperation>().Select(o => o.Definition)];
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*(/\\{[a-z][a-zA-Z]*\\})?$")]
    private static partial Regex PathPattern();
}
