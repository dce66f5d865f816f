using Inburgering.Plugin.Bestandsimport;
using Inburgering.Plugin.Leveringen;
using static Inburgering.Plugin.Tests.Bestandsimport.TestBestanden;

namespace Inburgering.Plugin.Tests.Bestandsimport;

public sealed class XlsxLezerTests
{
    private static object?[] Kopcellen => [.. LeveringKolommen.Verplicht];

    [Test]
    public async Task Xlsx_NumberAndDateCells_BecomeText()
    {
        var werkmap = Xlsx(new Dictionary<int, object?[]>
        {
            [1] = Kopcellen,
            [2] = ["LEV-7", 12345678d, 9921d, "TAAL", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), 40d, 30.25d, 4.5d, 0d, 5.25d],
            [5] = ["LEV-7", "12345678", "999993847", "KNM", "2026-11-01", "2026-11-30", 8d, 8d, 0d, 0d, 0d],
        });

        var (bestand, fouten) = await ControleerAsync(werkmap);

        Assert.That(fouten, Is.Empty);
        Assert.That(bestand!.IsCsv, Is.False);
        var regels = await RegelsAsync(bestand);
        Assert.That(regels.Select(r => r.Regelnummer), Is.EqualTo(new[] { 2, 5 }));
        Assert.That(regels[0].Waarde(LeveringKolommen.Bsn), Is.EqualTo("000009921"));
        Assert.That(regels[0].Waarde(LeveringKolommen.AanbiederKvk), Is.EqualTo("12345678"));
        Assert.That(regels[0].Waarde(LeveringKolommen.PeriodeVan), Is.EqualTo("2026-11-01"));
        Assert.That(regels[0].Waarde(LeveringKolommen.PeriodeTot), Is.EqualTo("2026-11-30"));
        Assert.That(regels[0].Waarde(LeveringKolommen.UrenGevolgdFysiek), Is.EqualTo("30.25"));
        Assert.That(regels[0].Waarde(LeveringKolommen.UrenGeoorloofdVerzuim), Is.EqualTo("0"));
        Assert.That(regels[1].Waarde(LeveringKolommen.Bsn), Is.EqualTo("999993847"));
        Assert.That(regels[1].Waarde(LeveringKolommen.PeriodeVan), Is.EqualTo("2026-11-01"));
        Assert.That(bestand.Referentie, Is.EqualTo("LEV-7"));
    }

    [Test]
    public async Task Xlsx_NonSeekableUpload_IsRead()
    {
        var werkmap = Xlsx(new Dictionary<int, object?[]>
        {
            [1] = Kopcellen,
            [2] = ["LEV-8", "12345678", "999993847", "TAAL", "2026-11-01", "2026-11-30", 40d, 30d, 4.5d, 2d, 3.5d],
        });

        var (bestand, fouten) = await LeveringBestandControle.ControleerAsync(() => new AlleenVooruit(werkmap), CancellationToken.None);

        Assert.That(fouten, Is.Empty);
        var regels = await RegelsAsync(bestand!);
        Assert.That(regels.Single().Waarde(LeveringKolommen.LeveringId), Is.EqualTo("LEV-8"));
    }

    [Test]
    public async Task Xlsx_HeaderWithUnknownColumn_IsRejected()
    {
        var werkmap = Xlsx(new Dictionary<int, object?[]>
        {
            [1] = [.. Kopcellen, "voornaam"],
            [2] = ["LEV-7", "12345678", "999993847", "TAAL", "2026-11-01", "2026-11-30", 40d, 30d, 4.5d, 2d, 3.5d, "x"],
        });

        var (_, fouten) = await ControleerAsync(werkmap);

        Assert.That(fouten.Select(f => f.Soort), Is.EqualTo(new[] { BestandsfoutSoort.OnbekendeKolommen }));
        Assert.That(fouten[0].Melding.Nl, Does.Contain(": voornaam."));
    }

    [Test]
    public async Task Xlsx_HeaderOnly_IsGeenRegels()
    {
        var (_, fouten) = await ControleerAsync(Xlsx(new Dictionary<int, object?[]> { [1] = Kopcellen }));

        Assert.That(fouten.Select(f => f.Soort), Is.EqualTo(new[] { BestandsfoutSoort.GeenRegels }));
    }

    [TestCase(9921d, 9, "000009921")]
    [TestCase(999993847d, 9, "999993847")]
    [TestCase(12345678d, 12, "000012345678")]
    [TestCase(12.5d, 9, "12.5")]
    [TestCase(1234567890d, 9, "1234567890")]
    [TestCase(-5d, 9, "-5")]
    public void Tekst_NumberInIdentificationColumn_GetsLeadingZeros(double getal, int lengte, string verwacht)
    {
        Assert.That(XlsxRegels.Tekst(getal, lengte), Is.EqualTo(verwacht));
    }

    [Test]
    public void Tekst_NumberElsewhere_InvariantCulture()
    {
        Assert.That(XlsxRegels.Tekst(1234.75d, null), Is.EqualTo("1234.75"));
    }

    [Test]
    public void Tekst_DateTime_IsIsoDate()
    {
        Assert.That(XlsxRegels.Tekst(new DateTime(2024, 2, 29, 0, 0, 0, DateTimeKind.Unspecified), null), Is.EqualTo("2024-02-29"));
    }

    /// <summary>A stream that reads forward only, as a network upload can be.</summary>
    private sealed class AlleenVooruit(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inhoud = new(bytes, writable: false);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => _inhoud.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inhoud.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
