using Inburgering.Plugin.Bestandsimport;
using Inburgering.Plugin.Coa;

namespace Inburgering.Plugin.Tests.Coa;

public sealed class CoaBestandTests
{
    [Test]
    public async Task CsvTemplate_ReadsBack_AsOneRow()
    {
        var bytes = await SchrijfAsync(CoaSjabloonDownload.SchrijfCsvAsync);

        var (regels, fouten) = await CoaBestand.LeesAsync(() => new MemoryStream(bytes, writable: false), CancellationToken.None);

        Assert.That(fouten, Is.Empty);
        var regel = regels!.Single();
        Assert.That(regel.Regelnummer, Is.EqualTo(2));
        Assert.That(regel.Waarde("bsn"), Is.EqualTo("999993653"));
        Assert.That(regel.Waarde("rijbewijs_uitgifte_staat"), Is.EqualTo("Syrië"));
        Assert.That(regel.Waarde("huisvestingsdatum"), Is.Null);
        Assert.That(regel.Waarden.Keys, Is.EqualTo(CoaKolommen.Alle));
    }

    [Test]
    public async Task XlsxTemplate_ReadsBack_AsOneRow()
    {
        var bytes = await SchrijfAsync(CoaSjabloonDownload.SchrijfXlsxAsync);

        var (regels, fouten) = await CoaBestand.LeesAsync(() => new MemoryStream(bytes, writable: false), CancellationToken.None);

        Assert.That(fouten, Is.Empty);
        var regel = regels!.Single();
        Assert.That(regel.Waarde("v_nummer"), Is.EqualTo("1234567890"));
        Assert.That(regel.Waarde("start_scenario"), Is.EqualTo("StartVoorHuisvesting"));
    }

    [Test]
    public async Task EmptyFile_IsRejected()
    {
        var (regels, fouten) = await CoaBestand.LeesAsync(() => new MemoryStream([], writable: false), CancellationToken.None);

        Assert.That(regels, Is.Null);
        Assert.That(fouten.Single().Soort, Is.EqualTo(BestandsfoutSoort.Leeg));
    }

    [Test]
    public async Task HeaderOnly_IsRejected()
    {
        var bytes = CoaTestSteps.Csv(CoaTestSteps.Kop, ";;", "");

        var (_, fouten) = await CoaBestand.LeesAsync(() => new MemoryStream(bytes, writable: false), CancellationToken.None);

        Assert.That(fouten.Single().Melding.Nl, Is.EqualTo(
            "Het bestand heeft een kopregel, maar geen regels met gegevens. Vul onder de kopregel één regel per informatieformulier in."));
    }

    [Test]
    public void Header_MixedCase_IsAccepted()
    {
        var (kop, fouten) = CoaBestand.ControleerKop([" BSN ", "Formulierdatum", "azc_naam", "", null]);

        Assert.That(fouten, Is.Empty);
        Assert.That(kop, Is.EqualTo(new[] { "bsn", "formulierdatum", "azc_naam" }));
    }

    [Test]
    public void Header_WithProblems_ReportsEach()
    {
        var (kop, fouten) = CoaBestand.ControleerKop(["bsn", "", "bsn", "naam"]);

        Assert.That(kop, Is.Null);
        Assert.That(fouten.Select(f => f.Soort), Is.EqualTo(new[]
        {
            BestandsfoutSoort.KolomZonderNaam, BestandsfoutSoort.DubbeleKolommen, BestandsfoutSoort.OnbekendeKolommen, BestandsfoutSoort.OntbrekendeKolommen,
        }));
        Assert.That(fouten[3].Melding.Nl, Is.EqualTo("Deze verplichte kolommen ontbreken in de kopregel: formulierdatum. Voeg ze toe; het sjabloon heeft alle kolommen."));
    }

    private static async Task<byte[]> SchrijfAsync(Func<Stream, CancellationToken, Task> schrijf)
    {
        using var stream = new MemoryStream();
        await schrijf(stream, CancellationToken.None);
        return stream.ToArray();
    }
}
