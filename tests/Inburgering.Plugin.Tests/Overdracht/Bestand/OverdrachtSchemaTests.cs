using System.Text.Json;
using System.Text.Json.Nodes;
using Inburgering.Plugin.Overdracht;
using Inburgering.Plugin.Overdracht.Bestand;

namespace Inburgering.Plugin.Tests.Overdracht.Bestand;

/// <summary>The JSON Schema of the package payload: the published copy, and what it accepts and rejects.</summary>
[TestFixture]
public sealed class OverdrachtSchemaTests
{
    [Test]
    public void Schema_InDocs_EqualsEmbedded()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "overdracht-formaat.schema.json"));

        Assert.That(OverdrachtSchema.Tekst(), Is.EqualTo(docs));
    }

    [Test]
    public void Schema_WrittenPackage_IsValid()
    {
        using var document = JsonDocument.Parse(TestPakketten.AlsJson(TestPakketten.Volledig()).ToJsonString());

        Assert.That(OverdrachtSchema.Controleer(document.RootElement), Is.Empty);
    }

    [Test]
    public void Schema_MinimalPackage_IsValid()
    {
        var pakket = new OverdrachtPakket
        {
            Id = Guid.NewGuid(),
            AangemaaktOp = new DateTimeOffset(2026, 3, 29, 2, 30, 0, TimeSpan.FromHours(2)),
            Afzender = new OverdrachtAfzender("0599", Guid.NewGuid()),
            OntvangerGemeente = "0518",
            Inburgeraar = new OverdrachtInburgeraar("Asielstatushouder", "Wi2021", new DateOnly(2024, 2, 29)) { VNummer = "1234567890" },
        };
        using var document = JsonDocument.Parse(TestPakketten.AlsJson(pakket).ToJsonString());

        Assert.That(OverdrachtSchema.Controleer(document.RootElement), Is.Empty);
    }

    [TestCase("formaat", "$")]
    [TestCase("id", "$")]
    [TestCase("afzender", "$")]
    [TestCase("inburgeraar", "$")]
    public void Schema_MissingRequiredRootMember_ReportsAtRoot(string lid, string pad)
    {
        var payload = TestPakketten.AlsJson(TestPakketten.Volledig());
        payload.Remove(lid);

        var fouten = Controleer(payload);

        Assert.That(fouten.Select(f => f.Pad), Is.EqualTo(new[] { pad }));
        Assert.That(fouten[0].Melding.En, Does.Contain(lid));
    }

    [Test]
    public void Schema_HealthWithoutReason_ReportsAtGezondheid()
    {
        var payload = TestPakketten.AlsJson(TestPakketten.Volledig());
        payload["gezondheid"]!.AsObject().Remove("reden");

        var fouten = Controleer(payload);

        Assert.That(fouten.Select(f => f.Pad), Is.EqualTo(new[] { "$.gezondheid" }));
        Assert.That(fouten[0].Melding.En, Does.Contain("reden"));
    }

    [Test]
    public void Schema_WrongTypes_ReportsEachPath()
    {
        var payload = TestPakketten.AlsJson(TestPakketten.Volledig());
        payload["pipVersies"]![0]!["versienummer"] = "1";
        payload["pipVersies"]![1]!["ontzorgen"] = "ja";
        payload["examens"] = new JsonObject();

        var fouten = Controleer(payload);

        Assert.That(fouten.Select(f => f.Pad), Is.EquivalentTo(new[] { "$.pipVersies[0].versienummer", "$.pipVersies[1].ontzorgen", "$.examens" }));
        Assert.That(fouten.Select(f => f.Melding.En), Has.All.StartWith("The value has the wrong type"));
    }

    [TestCase("2025-02-29")]
    [TestCase("2025-5-20")]
    public void Schema_InvalidDate_ReportsFormat(string datum)
    {
        var payload = TestPakketten.AlsJson(TestPakketten.Volledig());
        payload["dagtekeningEerstePip"] = datum;

        var fouten = Controleer(payload);

        Assert.That(fouten.Select(f => f.Pad), Is.EqualTo(new[] { "$.dagtekeningEerstePip" }));
        Assert.That(fouten[0].Melding.En, Does.StartWith("The value has the wrong format"));
    }

    [Test]
    public void Schema_LeapDay_IsValidDate()
    {
        var payload = TestPakketten.AlsJson(TestPakketten.Volledig());
        payload["inburgeraar"]!["koppeldatum"] = "2024-02-29";

        Assert.That(Controleer(payload), Is.Empty);
    }

    [Test]
    public void Schema_OtherFormatName_ReportsConst()
    {
        var payload = TestPakketten.AlsJson(TestPakketten.Volledig());
        payload["formaat"] = "nl.inburgering.anders";

        var fouten = Controleer(payload);

        Assert.That(fouten.Select(f => f.Pad), Is.EqualTo(new[] { "$.formaat" }));
        Assert.That(fouten[0].Melding.En, Is.EqualTo("The value must be exactly 'nl.inburgering.overdracht'."));
    }

    private static List<OverdrachtFout> Controleer(JsonObject payload)
    {
        using var document = JsonDocument.Parse(payload.ToJsonString());
        return OverdrachtSchema.Controleer(document.RootElement);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Inburgering.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Inburgering.sln above {AppContext.BaseDirectory}.");
    }
}
