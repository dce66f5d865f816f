using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Voortgang;
using K = Inburgering.Plugin.Leveringen.LeveringKolommen;

namespace Inburgering.Plugin.Tests.Leveringen;

public sealed class LeveringRegelValidatieTests
{
    private const int Regelnummer = 7;

    /// <summary>Friday 4 December 2026, the harness's today.</summary>
    private static readonly DateOnly s_vandaag = new(2026, 12, 4);

    private static IEnumerable<string> VerplichteKolommen => LeveringKolommen.Verplicht;

    [Test]
    public void Valideer_ValidRow_ReturnsTypedRow()
    {
        var uitkomst = Valideer();

        Assert.That(uitkomst.Fouten, Is.Empty);
        var regel = uitkomst.Regel!;
        Assert.That(regel.Regelnummer, Is.EqualTo(Regelnummer));
        Assert.That(regel.LeveringId, Is.EqualTo("LEV-2026-11"));
        Assert.That(regel.AanbiederKvk, Is.EqualTo("90059901"));
        Assert.That(regel.Vestigingsnummer, Is.Null);
        Assert.That(regel.Bsn, Is.EqualTo("999993653"));
        Assert.That(regel.Onderdeel, Is.EqualTo(Cursusonderdeel.Taal));
        Assert.That(regel.PeriodeVan, Is.EqualTo(new DateOnly(2026, 11, 1)));
        Assert.That(regel.PeriodeTot, Is.EqualTo(new DateOnly(2026, 11, 30)));
        Assert.That(regel.UrenAangeboden, Is.EqualTo(40m));
        Assert.That(regel.UrenGevolgdFysiek, Is.EqualTo(30m));
        Assert.That(regel.UrenGevolgdOnline, Is.EqualTo(4m));
        Assert.That(regel.UrenGeoorloofdVerzuim, Is.EqualTo(2m));
        Assert.That(regel.UrenOngeoorloofdVerzuim, Is.EqualTo(4m));
        Assert.That(regel.NiveauLezen, Is.Null);
        Assert.That(regel.ExamenOnderdeel, Is.Null);
        Assert.That(regel.Einddatum, Is.Null);
    }

    [Test]
    public void Valideer_EveryOptionalColumn_IsTyped()
    {
        var uitkomst = Valideer(
            (K.Vestigingsnummer, "000012345678"),
            (K.TrajectRef, "T-17"),
            (K.Leerroute, "z"),
            (K.NiveauLezen, "a0"),
            (K.NiveauLuisteren, "A2"),
            (K.NiveauSpreken, "B1"),
            (K.NiveauSchrijven, "C1"),
            (K.ExamenOnderdeel, "schrijven"),
            (K.ExamenDatum, "2026-11-20"),
            (K.ExamenResultaat, "niet_behaald"),
            (K.Startdatum, "2026-01-05"),
            (K.Einddatum, "2026-11-30"),
            (K.Uitvalreden, "Verhuisd"),
            (K.Opmerking, "Lesrooster gewijzigd"));

        Assert.That(uitkomst.Fouten, Is.Empty);
        var regel = uitkomst.Regel!;
        Assert.That(regel.Vestigingsnummer, Is.EqualTo("000012345678"));
        Assert.That(regel.TrajectRef, Is.EqualTo("T-17"));
        Assert.That(regel.Leerroute, Is.EqualTo("Z"));
        Assert.That(regel.NiveauLezen, Is.EqualTo(Vaardigheidsniveau.A0));
        Assert.That(regel.NiveauLuisteren, Is.EqualTo(Vaardigheidsniveau.A2));
        Assert.That(regel.NiveauSpreken, Is.EqualTo(Vaardigheidsniveau.B1));
        Assert.That(regel.NiveauSchrijven, Is.EqualTo(Vaardigheidsniveau.C1));
        Assert.That(regel.ExamenOnderdeel, Is.EqualTo(Examenonderdeel.Schrijven));
        Assert.That(regel.ExamenDatum, Is.EqualTo(new DateOnly(2026, 11, 20)));
        Assert.That(regel.ExamenResultaat, Is.EqualTo(ExamenUitkomst.NietBehaald));
        Assert.That(regel.Startdatum, Is.EqualTo(new DateOnly(2026, 1, 5)));
        Assert.That(regel.Einddatum, Is.EqualTo(new DateOnly(2026, 11, 30)));
        Assert.That(regel.Uitvalreden, Is.EqualTo("Verhuisd"));
        Assert.That(regel.Opmerking, Is.EqualTo("Lesrooster gewijzigd"));
    }

    [Test]
    public void Valideer_ValuesBeyondHeader_RejectsRow()
    {
        var regel = new LeveringRegel(Regelnummer, Basis()) { OverbodigeWaarden = "extra meer" };

        var uitkomst = LeveringRegelValidatie.Valideer(regel, s_vandaag);

        Assert.That(uitkomst.Regel, Is.Null);
        Assert.That(uitkomst.Fouten, Has.Count.EqualTo(1));
        Assert.That(uitkomst.Fouten[0].Code, Is.EqualTo(LeveringFoutcodes.TeveelVelden));
        Assert.That(uitkomst.Fouten[0].Regelnummer, Is.EqualTo(Regelnummer));
        Assert.That(uitkomst.Fouten[0].Waarde, Is.EqualTo("extra meer"));
    }

    [Test]
    public void Valideer_ValuesWithSpaces_AreTrimmed()
    {
        var uitkomst = Valideer((K.Bsn, " 999993653 "), (K.Onderdeel, " knm "));

        Assert.That(uitkomst.Regel!.Bsn, Is.EqualTo("999993653"));
        Assert.That(uitkomst.Regel.Onderdeel, Is.EqualTo(Cursusonderdeel.Knm));
    }

    [TestCaseSource(nameof(VerplichteKolommen))]
    public void Required_Missing_ReportsVerplicht(string kolom)
    {
        var uitkomst = Valideer((kolom, null));

        AssertEnigeFout(uitkomst, kolom, LeveringFoutcodes.Verplicht, null);
    }

    [TestCaseSource(nameof(VerplichteKolommen))]
    public void Required_Blank_ReportsVerplicht(string kolom)
    {
        var uitkomst = Valideer((kolom, "   "));

        AssertEnigeFout(uitkomst, kolom, LeveringFoutcodes.Verplicht, null);
    }

    [Test]
    public void Required_ColumnAbsent_ReportsVerplicht()
    {
        var waarden = Basis();
        waarden.Remove(K.Bsn);

        var uitkomst = LeveringRegelValidatie.Valideer(new LeveringRegel(Regelnummer, waarden), s_vandaag);

        AssertEnigeFout(uitkomst, K.Bsn, LeveringFoutcodes.Verplicht, null);
    }

    [Test]
    public void Required_EmptyRow_ReportsEveryRequiredColumnOnce()
    {
        var uitkomst = LeveringRegelValidatie.Valideer(new LeveringRegel(Regelnummer, new Dictionary<string, string?>()), s_vandaag);

        Assert.That(uitkomst.Regel, Is.Null);
        Assert.That(uitkomst.Fouten.Select(f => f.Kolom), Is.EqualTo(LeveringKolommen.Verplicht));
        Assert.That(uitkomst.Fouten.Select(f => f.Code), Is.All.EqualTo(LeveringFoutcodes.Verplicht));
    }

    [Test]
    public void Required_HoursMissing_MessageSaysEnterZero()
    {
        var uitkomst = Valideer((K.UrenOngeoorloofdVerzuim, null));

        Assert.That(uitkomst.Fouten[0].Melding.Nl, Is.EqualTo(
            "Regel 7, kolom uren_ongeoorloofd_verzuim: de waarde ontbreekt. Vul het aantal uren in, bijvoorbeeld 12,5; vul 0 in als er geen uren waren."));
        Assert.That(uitkomst.Fouten[0].Melding.En, Is.EqualTo(
            "Line 7, column uren_ongeoorloofd_verzuim: the value is missing. Enter the number of hours, for example 12.5; enter 0 when there were none."));
    }

    [Test]
    public void Valideer_SeveralWrongValues_ReportsAllInColumnOrder()
    {
        var uitkomst = Valideer((K.AanbiederKvk, "1234"), (K.PeriodeTot, "31-02-2026"), (K.UrenGevolgdOnline, "1,1"), (K.NiveauLezen, "C2"));

        Assert.That(uitkomst.Regel, Is.Null);
        Assert.That(uitkomst.Fouten.Select(f => f.Kolom), Is.EqualTo(new[] { K.AanbiederKvk, K.PeriodeTot, K.UrenGevolgdOnline, K.NiveauLezen }));
        Assert.That(uitkomst.Fouten.Select(f => f.Code), Is.EqualTo(new[] { LeveringFoutcodes.Kvk, LeveringFoutcodes.Datum, LeveringFoutcodes.Uren, LeveringFoutcodes.Niveau }));
        Assert.That(uitkomst.Fouten.Select(f => f.Regelnummer), Is.All.EqualTo(Regelnummer));
    }

    [Test]
    public void Datum_Invalid_MessageNamesLineColumnValueAndFix()
    {
        var uitkomst = Valideer((K.PeriodeTot, "31-02-2026"));

        var fout = AssertEnigeFout(uitkomst, K.PeriodeTot, LeveringFoutcodes.Datum, "31-02-2026");
        Assert.That(fout.Melding.Nl, Is.EqualTo("Regel 7, kolom periode_tot: '31-02-2026' is geen datum. Schrijf de datum als jjjj-mm-dd, bijvoorbeeld 2026-02-28."));
        Assert.That(fout.Melding.En, Is.EqualTo("Line 7, column periode_tot: '31-02-2026' is not a date. Write the date as yyyy-mm-dd, for example 2026-02-28."));
    }

    [TestCase(100, true)]
    [TestCase(101, false)]
    public void LeveringId_Length_Boundary(int lengte, bool geldig)
    {
        var uitkomst = Valideer((K.LeveringId, new string('L', lengte)));

        AssertGeldigOfFout(uitkomst, geldig, K.LeveringId, LeveringFoutcodes.Lengte);
    }

    [TestCase(K.TrajectRef, 50, true)]
    [TestCase(K.TrajectRef, 51, false)]
    [TestCase(K.Opmerking, 500, true)]
    [TestCase(K.Opmerking, 501, false)]
    public void OptionalText_Length_Boundary(string kolom, int lengte, bool geldig)
    {
        var uitkomst = Valideer((kolom, new string('x', lengte)));

        AssertGeldigOfFout(uitkomst, geldig, kolom, LeveringFoutcodes.Lengte);
    }

    [TestCase(200, true)]
    [TestCase(201, false)]
    public void Uitvalreden_Length_Boundary(int lengte, bool geldig)
    {
        var uitkomst = Valideer((K.Einddatum, "2026-11-30"), (K.Uitvalreden, new string('x', lengte)));

        AssertGeldigOfFout(uitkomst, geldig, K.Uitvalreden, LeveringFoutcodes.Lengte);
    }

    [Test]
    public void Lengte_LongValue_IsCutTo100Characters()
    {
        var lang = new string('a', 60) + new string('b', 60);

        var uitkomst = Valideer((K.TrajectRef, lang));

        var fout = AssertEnigeFout(uitkomst, K.TrajectRef, LeveringFoutcodes.Lengte, lang[..100]);
        Assert.That(fout.Melding.Nl, Is.EqualTo($"Regel 7, kolom traject_ref: '{lang[..100]}' is 120 tekens lang; het maximum is 50. Kort de waarde in."));
    }

    [TestCase("90059901", true)]
    [TestCase("00000001", true)]
    [TestCase("9005990", false)]
    [TestCase("900599011", false)]
    [TestCase("9005990A", false)]
    [TestCase("9005 9901", false)]
    public void Kvk_Form(string waarde, bool geldig)
    {
        var uitkomst = Valideer((K.AanbiederKvk, waarde));

        AssertGeldigOfFout(uitkomst, geldig, K.AanbiederKvk, LeveringFoutcodes.Kvk);
        if (geldig)
        {
            Assert.That(uitkomst.Regel!.AanbiederKvk, Is.EqualTo(waarde));
        }
    }

    [TestCase("000012345678", true)]
    [TestCase("00001234567", false)]
    [TestCase("0000123456789", false)]
    [TestCase("00001234567X", false)]
    public void Vestigingsnummer_Form(string waarde, bool geldig)
    {
        var uitkomst = Valideer((K.Vestigingsnummer, waarde));

        AssertGeldigOfFout(uitkomst, geldig, K.Vestigingsnummer, LeveringFoutcodes.Vestigingsnummer);
        if (geldig)
        {
            Assert.That(uitkomst.Regel!.Vestigingsnummer, Is.EqualTo(waarde));
        }
    }

    [TestCase("999993653", "999993653", TestName = "Bsn_NineDigits_IsKept")]
    [TestCase("000009921", "000009921", TestName = "Bsn_LeadingZeros_AreKept")]
    [TestCase("00009921", "000009921", TestName = "Bsn_EightDigits_GetsLeadingZero")]
    [TestCase("9999.93.653", "999993653", TestName = "Bsn_WithDots_IsNormalised")]
    public void Bsn_Valid(string waarde, string verwacht)
    {
        var uitkomst = Valideer((K.Bsn, waarde));

        Assert.That(uitkomst.Fouten, Is.Empty);
        Assert.That(uitkomst.Regel!.Bsn, Is.EqualTo(verwacht));
    }

    [TestCase("999993654", TestName = "Bsn_NineDigitsFailingElfproef_IsRejected")]
    [TestCase("12345678", TestName = "Bsn_EightDigitsFailingElfproef_IsRejected")]
    public void Bsn_FailsElfproef(string waarde)
    {
        var uitkomst = Valideer((K.Bsn, waarde));

        var fout = AssertEnigeFout(uitkomst, K.Bsn, LeveringFoutcodes.Bsn, waarde);
        Assert.That(fout.Melding.Nl, Is.EqualTo(
            $"Regel 7, kolom bsn: '{waarde}' is geen geldig BSN. Het nummer voldoet niet aan de elfproef. Controleer of u een cijfer verkeerd hebt overgenomen."));
    }

    [TestCase("1234567", TestName = "Bsn_SevenDigits_IsRejected")]
    [TestCase("9999936530", TestName = "Bsn_TenDigits_IsRejected")]
    [TestCase("99999365A", TestName = "Bsn_Letter_IsRejected")]
    [TestCase("000000000", TestName = "Bsn_AllZeros_IsRejected")]
    public void Bsn_WrongForm(string waarde)
    {
        var uitkomst = Valideer((K.Bsn, waarde));

        AssertEnigeFout(uitkomst, K.Bsn, LeveringFoutcodes.Bsn, waarde);
    }

    [TestCase("2026-11-30", 2026, 11, 30)]
    [TestCase("30-11-2026", 2026, 11, 30)]
    [TestCase("1-11-2026", 2026, 11, 1)]
    [TestCase("01-11-2026", 2026, 11, 1)]
    public void Datum_AcceptedForms(string waarde, int jaar, int maand, int dag)
    {
        var uitkomst = Valideer((K.Startdatum, waarde));

        Assert.That(uitkomst.Fouten, Is.Empty);
        Assert.That(uitkomst.Regel!.Startdatum, Is.EqualTo(new DateOnly(jaar, maand, dag)));
    }

    [TestCase("2026/11/30")]
    [TestCase("30.11.2026")]
    [TestCase("2026-11-31")]
    [TestCase("2026-02-29")]
    [TestCase("11-30-2026")]
    [TestCase("20261130")]
    [TestCase("2026-11-30T00:00:00")]
    public void Datum_OtherForms_AreRejected(string waarde)
    {
        var uitkomst = Valideer((K.Startdatum, waarde));

        AssertEnigeFout(uitkomst, K.Startdatum, LeveringFoutcodes.Datum, waarde);
    }

    [Test]
    public void Datum_29February2028_IsAccepted()
    {
        var uitkomst = Valideer(new DateOnly(2028, 3, 1), (K.PeriodeVan, "2028-02-01"), (K.PeriodeTot, "29-2-2028"));

        Assert.That(uitkomst.Fouten, Is.Empty);
        Assert.That(uitkomst.Regel!.PeriodeTot, Is.EqualTo(new DateOnly(2028, 2, 29)));
    }

    [TestCase("2026-11-30", true, TestName = "Periode_VanOnTot_IsOneDay")]
    [TestCase("2026-11-29", false, TestName = "Periode_TotDayBeforeVan_IsRejected")]
    public void Periode_Order(string tot, bool geldig)
    {
        var uitkomst = Valideer((K.PeriodeVan, "2026-11-30"), (K.PeriodeTot, tot), (K.UrenAangeboden, "4"), (K.UrenGevolgdFysiek, "4"), (K.UrenGevolgdOnline, "0"), (K.UrenGeoorloofdVerzuim, "0"), (K.UrenOngeoorloofdVerzuim, "0"));

        AssertGeldigOfFout(uitkomst, geldig, K.PeriodeTot, LeveringFoutcodes.Periode);
    }

    [TestCase("2026-12-03", true, TestName = "Periode_EndsYesterday_IsAccepted")]
    [TestCase("2026-12-04", true, TestName = "Periode_EndsToday_IsAccepted")]
    [TestCase("2026-12-05", false, TestName = "Periode_EndsTomorrow_IsRejected")]
    public void Periode_NotInFuture(string tot, bool geldig)
    {
        var uitkomst = Valideer((K.PeriodeTot, tot));

        AssertGeldigOfFout(uitkomst, geldig, K.PeriodeTot, LeveringFoutcodes.Toekomst);
    }

    [Test]
    public void Periode_InFuture_MessageNamesToday()
    {
        var uitkomst = Valideer((K.PeriodeTot, "2026-12-05"));

        Assert.That(uitkomst.Fouten.Single().Melding.Nl, Is.EqualTo(
            "Regel 7, kolom periode_tot: '2026-12-05' ligt na vandaag (2026-12-04). Lever alleen aan wat al gebeurd is; een periode mag vandaag eindigen."));
    }

    [TestCase("2025-12-05", "2026-12-04", true, TestName = "Periode_ExactlyOneYear_IsAccepted")]
    [TestCase("2025-12-04", "2026-12-04", false, TestName = "Periode_OneYearAndOneDay_IsRejected")]
    public void Periode_AtMostOneYear(string van, string tot, bool geldig)
    {
        var uitkomst = Valideer((K.PeriodeVan, van), (K.PeriodeTot, tot));

        AssertGeldigOfFout(uitkomst, geldig, K.PeriodeTot, LeveringFoutcodes.Periode);
    }

    [TestCase("2028-02-29", "2029-02-28", true, TestName = "Periode_From29February_RunsUntil28February")]
    [TestCase("2028-02-29", "2029-03-01", false, TestName = "Periode_From29February_Until1March_IsRejected")]
    [TestCase("2027-03-01", "2028-02-29", true, TestName = "Periode_From1March_RunsUntil29FebruaryInLeapYear")]
    [TestCase("2027-03-01", "2028-03-01", false, TestName = "Periode_From1March_Until1MarchNextYear_IsRejected")]
    [TestCase("2028-02-28", "2029-02-27", true, TestName = "Periode_Over29February_RunsUntilDayBefore")]
    [TestCase("2028-02-28", "2029-02-28", false, TestName = "Periode_Over29February_SameDateNextYear_IsRejected")]
    public void Periode_AtMostOneYear_LeapYear(string van, string tot, bool geldig)
    {
        var uitkomst = Valideer(new DateOnly(2029, 6, 1), (K.PeriodeVan, van), (K.PeriodeTot, tot));

        AssertGeldigOfFout(uitkomst, geldig, K.PeriodeTot, LeveringFoutcodes.Periode);
    }

    [Test]
    public void Periode_TooLong_MessageNamesLastDay()
    {
        var uitkomst = Valideer((K.PeriodeVan, "2025-12-04"), (K.PeriodeTot, "2026-12-04"));

        Assert.That(uitkomst.Fouten.Single().Melding.Nl, Is.EqualTo(
            "Regel 7, kolom periode_tot: de periode van 2025-12-04 tot en met '2026-12-04' is langer dan een jaar. Lever per periode van hoogstens een jaar aan: periode_tot uiterlijk 2026-12-03."));
    }

    [Test]
    public void Periode_Reversed_AndInFuture_ReportsBoth()
    {
        var uitkomst = Valideer((K.PeriodeVan, "2026-12-20"), (K.PeriodeTot, "2026-12-10"));

        Assert.That(uitkomst.Fouten.Select(f => f.Code), Is.EqualTo(new[] { LeveringFoutcodes.Periode, LeveringFoutcodes.Toekomst }));
        Assert.That(uitkomst.Fouten.Select(f => f.Kolom), Is.All.EqualTo(K.PeriodeTot));
    }

    [Test]
    public void Periode_InvalidVanAndFutureTot_ReportsBoth()
    {
        var uitkomst = Valideer((K.PeriodeVan, "1 november"), (K.PeriodeTot, "2026-12-05"));

        Assert.That(uitkomst.Regel, Is.Null);
        Assert.That(uitkomst.Fouten.Select(f => f.Kolom), Is.EqualTo(new[] { K.PeriodeVan, K.PeriodeTot }));
        Assert.That(uitkomst.Fouten.Select(f => f.Code), Is.EqualTo(new[] { LeveringFoutcodes.Datum, LeveringFoutcodes.Toekomst }));
    }

    [Test]
    public void Periode_Invalid_SkipsHoursPerDayCheck()
    {
        var uitkomst = Valideer((K.PeriodeTot, "2026-11-31"), (K.UrenAangeboden, "5000"), (K.UrenGevolgdFysiek, "4990"));

        AssertEnigeFout(uitkomst, K.PeriodeTot, LeveringFoutcodes.Datum, "2026-11-31");
    }

    [TestCase("12,5", 12.5)]
    [TestCase("12.5", 12.5)]
    [TestCase("0,25", 0.25)]
    [TestCase("0.75", 0.75)]
    [TestCase("3", 3)]
    [TestCase("3,00", 3)]
    [TestCase("0", 0)]
    public void Uren_AcceptedForms(string waarde, decimal verwacht)
    {
        var uitkomst = Valideer((K.UrenGevolgdOnline, waarde), (K.UrenAangeboden, "50"));

        Assert.That(uitkomst.Fouten, Is.Empty);
        Assert.That(uitkomst.Regel!.UrenGevolgdOnline, Is.EqualTo(verwacht));
    }

    [TestCase("12,3", TestName = "Uren_NotQuarterComma_IsRejected")]
    [TestCase("12.1", TestName = "Uren_NotQuarterPoint_IsRejected")]
    [TestCase("0,125", TestName = "Uren_EighthHour_IsRejected")]
    [TestCase("-1", TestName = "Uren_Negative_IsRejected")]
    [TestCase("-0,25", TestName = "Uren_NegativeQuarter_IsRejected")]
    [TestCase("twee", TestName = "Uren_Word_IsRejected")]
    [TestCase("1.000,5", TestName = "Uren_ThousandsSeparator_IsRejected")]
    [TestCase("1,5 uur", TestName = "Uren_WithUnit_IsRejected")]
    [TestCase(",5", TestName = "Uren_WithoutWholePart_IsRejected")]
    [TestCase("1e2", TestName = "Uren_Exponent_IsRejected")]
    public void Uren_Invalid(string waarde)
    {
        var uitkomst = Valideer((K.UrenGevolgdOnline, waarde));

        AssertEnigeFout(uitkomst, K.UrenGevolgdOnline, LeveringFoutcodes.Uren, waarde);
    }

    [Test]
    public void Uren_NotQuarter_MessageSaysRound()
    {
        var uitkomst = Valideer((K.UrenGevolgdOnline, "12,3"));

        Assert.That(uitkomst.Fouten.Single().Melding.Nl, Is.EqualTo(
            "Regel 7, kolom uren_gevolgd_online: '12,3' is geen veelvoud van een kwartier. Rond af op 0,25 uur, bijvoorbeeld 1,75."));
    }

    [TestCase("24", true, TestName = "Uren_24InOneDay_IsAccepted")]
    [TestCase("24,25", false, TestName = "Uren_QuarterAbove24InOneDay_IsRejected")]
    public void Uren_AtMost24PerDay(string aangeboden, bool geldig)
    {
        var uitkomst = Valideer(
            (K.PeriodeVan, "2026-12-01"),
            (K.PeriodeTot, "2026-12-01"),
            (K.UrenAangeboden, aangeboden),
            (K.UrenGevolgdFysiek, "0"),
            (K.UrenGevolgdOnline, "0"),
            (K.UrenGeoorloofdVerzuim, "0"),
            (K.UrenOngeoorloofdVerzuim, "0"));

        AssertGeldigOfFout(uitkomst, geldig, K.UrenAangeboden, LeveringFoutcodes.Uren);
    }

    [TestCase("720", true, TestName = "Uren_720InThirtyDays_IsAccepted")]
    [TestCase("720,25", false, TestName = "Uren_QuarterAbove720InThirtyDays_IsRejected")]
    public void Uren_AtMost24PerDay_OfWholePeriod(string online, bool geldig)
    {
        var uitkomst = Valideer((K.UrenAangeboden, "720,25"), (K.UrenGevolgdFysiek, "0"), (K.UrenGevolgdOnline, online), (K.UrenGeoorloofdVerzuim, "0"), (K.UrenOngeoorloofdVerzuim, "0"));

        Assert.That(uitkomst.Fouten.Select(f => f.Kolom), Is.EqualTo(geldig ? new[] { K.UrenAangeboden } : new[] { K.UrenAangeboden, K.UrenGevolgdOnline }));
        Assert.That(uitkomst.Fouten.Select(f => f.Code), Is.All.EqualTo(LeveringFoutcodes.Uren));
    }

    [Test]
    public void Uren_MoreThan24PerDay_MessageNamesMaximum()
    {
        var uitkomst = Valideer((K.UrenAangeboden, "720,5"));

        Assert.That(uitkomst.Fouten.Single().Melding.Nl, Is.EqualTo(
            "Regel 7, kolom uren_aangeboden: '720,5' uur is meer dan 24 uur per dag van de periode (30 dagen, hoogstens 720 uur). Controleer de uren en de periode."));
    }

    [TestCase("40", true, TestName = "UrenSom_EqualToAangeboden_IsAccepted")]
    [TestCase("39,75", false, TestName = "UrenSom_QuarterAboveAangeboden_IsRejected")]
    public void UrenSom_AtMostAangeboden(string aangeboden, bool geldig)
    {
        var uitkomst = Valideer((K.UrenAangeboden, aangeboden));

        AssertGeldigOfFout(uitkomst, geldig, K.UrenAangeboden, LeveringFoutcodes.UrenSom);
    }

    [Test]
    public void UrenSom_WithCommaDecimals_IsExact()
    {
        var uitkomst = Valideer((K.UrenAangeboden, "10,75"), (K.UrenGevolgdFysiek, "4,25"), (K.UrenGevolgdOnline, "3.75"), (K.UrenGeoorloofdVerzuim, "1,5"), (K.UrenOngeoorloofdVerzuim, "1,25"));

        Assert.That(uitkomst.Fouten, Is.Empty);
        Assert.That(uitkomst.Regel!.UrenOngeoorloofdVerzuim, Is.EqualTo(1.25m));
    }

    [Test]
    public void UrenSom_Above_MessageNamesSum()
    {
        var uitkomst = Valideer((K.UrenAangeboden, "39,75"));

        var fout = AssertEnigeFout(uitkomst, K.UrenAangeboden, LeveringFoutcodes.UrenSom, "39,75");
        Assert.That(fout.Melding.Nl, Is.EqualTo(
            "Regel 7, kolom uren_aangeboden: gevolgd fysiek, gevolgd online, geoorloofd en ongeoorloofd verzuim zijn samen 40 uur, meer dan de '39,75' aangeboden uren. Corrigeer de uren zodat hun som niet groter is dan uren_aangeboden."));
    }

    [Test]
    public void UrenSom_OneHourInvalid_IsNotChecked()
    {
        var uitkomst = Valideer((K.UrenAangeboden, "1"), (K.UrenGevolgdOnline, "x"));

        AssertEnigeFout(uitkomst, K.UrenGevolgdOnline, LeveringFoutcodes.Uren, "x");
    }

    [TestCase("TAAL", nameof(Cursusonderdeel.Taal))]
    [TestCase("taal", nameof(Cursusonderdeel.Taal))]
    [TestCase("KNM", nameof(Cursusonderdeel.Knm))]
    [TestCase("Map", nameof(Cursusonderdeel.Map))]
    [TestCase("PVT", nameof(Cursusonderdeel.Pvt))]
    [TestCase("ALFA", nameof(Cursusonderdeel.Alfabetisering))]
    [TestCase("participatie", nameof(Cursusonderdeel.Participatie))]
    public void Onderdeel_Codes(string waarde, string verwacht)
    {
        var uitkomst = Valideer((K.Onderdeel, waarde));

        Assert.That(uitkomst.Fouten, Is.Empty);
        Assert.That(uitkomst.Regel!.Onderdeel, Is.EqualTo(Enum.Parse<Cursusonderdeel>(verwacht)));
    }

    [TestCase("NT2")]
    [TestCase("ALFABETISERING")]
    [TestCase("Taal les")]
    public void Onderdeel_UnknownCode_IsRejected(string waarde)
    {
        var uitkomst = Valideer((K.Onderdeel, waarde));

        AssertEnigeFout(uitkomst, K.Onderdeel, LeveringFoutcodes.Code, waarde);
    }

    [Test]
    public void Onderdeel_UnknownCode_MessageListsCodes()
    {
        var uitkomst = Valideer((K.Onderdeel, "NT2"));

        Assert.That(uitkomst.Fouten.Single().Melding.Nl, Is.EqualTo(
            "Regel 7, kolom onderdeel: 'NT2' is geen geldige code. Gebruik een van: TAAL, KNM, MAP, PVT, ALFA, PARTICIPATIE."));
    }

    [TestCase("B1", "B1")]
    [TestCase("onderwijs", "ONDERWIJS")]
    [TestCase("z", "Z")]
    public void Leerroute_Codes(string waarde, string verwacht)
    {
        var uitkomst = Valideer((K.Leerroute, waarde));

        Assert.That(uitkomst.Fouten, Is.Empty);
        Assert.That(uitkomst.Regel!.Leerroute, Is.EqualTo(verwacht));
    }

    [TestCase("B2")]
    [TestCase("Z-route")]
    public void Leerroute_UnknownCode_IsRejected(string waarde)
    {
        var uitkomst = Valideer((K.Leerroute, waarde));

        AssertEnigeFout(uitkomst, K.Leerroute, LeveringFoutcodes.Code, waarde);
    }

    [TestCase("A0", nameof(Vaardigheidsniveau.A0))]
    [TestCase("A1", nameof(Vaardigheidsniveau.A1))]
    [TestCase("a2", nameof(Vaardigheidsniveau.A2))]
    [TestCase("B1", nameof(Vaardigheidsniveau.B1))]
    [TestCase("b2", nameof(Vaardigheidsniveau.B2))]
    [TestCase("C1", nameof(Vaardigheidsniveau.C1))]
    public void Niveau_Codes(string waarde, string verwacht)
    {
        var uitkomst = Valideer((K.NiveauSpreken, waarde));

        Assert.That(uitkomst.Fouten, Is.Empty);
        Assert.That(uitkomst.Regel!.NiveauSpreken, Is.EqualTo(Enum.Parse<Vaardigheidsniveau>(verwacht)));
    }

    [TestCase(K.NiveauLezen, "C2")]
    [TestCase(K.NiveauLuisteren, "B1+")]
    [TestCase(K.NiveauSpreken, "1F")]
    [TestCase(K.NiveauSchrijven, "A")]
    public void Niveau_Unknown_IsRejected(string kolom, string waarde)
    {
        var uitkomst = Valideer((kolom, waarde));

        AssertEnigeFout(uitkomst, kolom, LeveringFoutcodes.Niveau, waarde);
    }

    [TestCase("LEZEN", nameof(Examenonderdeel.Lezen))]
    [TestCase("luisteren", nameof(Examenonderdeel.Luisteren))]
    [TestCase("SPREKEN", nameof(Examenonderdeel.Spreken))]
    [TestCase("SCHRIJVEN", nameof(Examenonderdeel.Schrijven))]
    [TestCase("KNM", nameof(Examenonderdeel.Knm))]
    public void Examen_Onderdelen(string waarde, string verwacht)
    {
        var uitkomst = Valideer((K.ExamenOnderdeel, waarde), (K.ExamenDatum, "2026-11-20"), (K.ExamenResultaat, "BEHAALD"));

        Assert.That(uitkomst.Fouten, Is.Empty);
        Assert.That(uitkomst.Regel!.ExamenOnderdeel, Is.EqualTo(Enum.Parse<Examenonderdeel>(verwacht)));
        Assert.That(uitkomst.Regel.ExamenResultaat, Is.EqualTo(ExamenUitkomst.Behaald));
    }

    [TestCase(K.ExamenOnderdeel, "ONA")]
    [TestCase(K.ExamenResultaat, "GEZAKT")]
    [TestCase(K.ExamenResultaat, "NIET BEHAALD")]
    public void Examen_UnknownCode_IsRejected(string kolom, string waarde)
    {
        var uitkomst = Valideer((K.ExamenOnderdeel, "LEZEN"), (K.ExamenDatum, "2026-11-20"), (K.ExamenResultaat, "BEHAALD"), (kolom, waarde));

        AssertEnigeFout(uitkomst, kolom, LeveringFoutcodes.Code, waarde);
    }

    [Test]
    public void Examen_OnlyOnderdeel_ReportsBothMissing()
    {
        var uitkomst = Valideer((K.ExamenOnderdeel, "LEZEN"));

        Assert.That(uitkomst.Regel, Is.Null);
        Assert.That(uitkomst.Fouten.Select(f => f.Kolom), Is.EqualTo(new[] { K.ExamenDatum, K.ExamenResultaat }));
        Assert.That(uitkomst.Fouten.Select(f => f.Code), Is.All.EqualTo(LeveringFoutcodes.Examen));
        Assert.That(uitkomst.Fouten.Select(f => f.Waarde), Is.All.Null);
    }

    [Test]
    public void Examen_WithoutResultaat_ReportsResultaat()
    {
        var uitkomst = Valideer((K.ExamenOnderdeel, "LEZEN"), (K.ExamenDatum, "2026-11-20"));

        var fout = AssertEnigeFout(uitkomst, K.ExamenResultaat, LeveringFoutcodes.Examen, null);
        Assert.That(fout.Melding.Nl, Is.EqualTo(
            "Regel 7, kolom examen_resultaat: de waarde ontbreekt, terwijl een ander examenveld is ingevuld. Vul examen_onderdeel, examen_datum en examen_resultaat alle drie in, of laat ze alle drie leeg."));
    }

    [TestCase("2026-12-03", true, TestName = "ExamenDatum_Yesterday_IsAccepted")]
    [TestCase("2026-12-04", true, TestName = "ExamenDatum_Today_IsAccepted")]
    [TestCase("2026-12-05", false, TestName = "ExamenDatum_Tomorrow_IsRejected")]
    public void ExamenDatum_NotInFuture(string datum, bool geldig)
    {
        var uitkomst = Valideer((K.ExamenOnderdeel, "KNM"), (K.ExamenDatum, datum), (K.ExamenResultaat, "BEHAALD"));

        AssertGeldigOfFout(uitkomst, geldig, K.ExamenDatum, LeveringFoutcodes.Toekomst);
    }

    [Test]
    public void ExamenDatum_Invalid_ReportsDatum()
    {
        var uitkomst = Valideer((K.ExamenOnderdeel, "KNM"), (K.ExamenDatum, "2026-13-01"), (K.ExamenResultaat, "BEHAALD"));

        AssertEnigeFout(uitkomst, K.ExamenDatum, LeveringFoutcodes.Datum, "2026-13-01");
    }

    [TestCase("2026-09-01", true, TestName = "Einddatum_OnStartdatum_IsAccepted")]
    [TestCase("2026-08-31", false, TestName = "Einddatum_DayBeforeStartdatum_IsRejected")]
    public void Einddatum_NotBeforeStartdatum(string einddatum, bool geldig)
    {
        var uitkomst = Valideer((K.Startdatum, "2026-09-01"), (K.Einddatum, einddatum));

        AssertGeldigOfFout(uitkomst, geldig, K.Einddatum, LeveringFoutcodes.Einddatum);
    }

    [TestCase("2026-12-04", true, TestName = "Einddatum_Today_IsAccepted")]
    [TestCase("2026-12-05", false, TestName = "Einddatum_Tomorrow_IsRejected")]
    public void Einddatum_NotInFuture(string einddatum, bool geldig)
    {
        var uitkomst = Valideer((K.Einddatum, einddatum));

        AssertGeldigOfFout(uitkomst, geldig, K.Einddatum, LeveringFoutcodes.Toekomst);
    }

    [Test]
    public void Uitvalreden_WithoutEinddatum_IsRejected()
    {
        var uitkomst = Valideer((K.Uitvalreden, "Verhuisd"));

        AssertEnigeFout(uitkomst, K.Uitvalreden, LeveringFoutcodes.Uitval, "Verhuisd");
    }

    [Test]
    public void Uitvalreden_WithInvalidEinddatum_ReportsOnlyDatum()
    {
        var uitkomst = Valideer((K.Einddatum, "gisteren"), (K.Uitvalreden, "Verhuisd"));

        AssertEnigeFout(uitkomst, K.Einddatum, LeveringFoutcodes.Datum, "gisteren");
    }

    [Test]
    public void Regelnummer_IsTakenFromRow()
    {
        var waarden = Basis();
        waarden[K.Bsn] = "123";

        var uitkomst = LeveringRegelValidatie.Valideer(new LeveringRegel(12345, waarden), s_vandaag);

        Assert.That(uitkomst.Fouten.Single().Regelnummer, Is.EqualTo(12345));
        Assert.That(uitkomst.Fouten.Single().Melding.Nl, Does.StartWith("Regel 12345, kolom bsn: '123' "));
        Assert.That(uitkomst.Fouten.Single().Melding.En, Does.StartWith("Line 12345, column bsn: '123' "));
    }

    private static RegelValidatie Valideer(params (string Kolom, string? Waarde)[] wijzigingen) => Valideer(s_vandaag, wijzigingen);

    private static RegelValidatie Valideer(DateOnly vandaag, params (string Kolom, string? Waarde)[] wijzigingen)
    {
        var waarden = Basis();
        foreach (var (kolom, waarde) in wijzigingen)
        {
            waarden[kolom] = waarde;
        }

        return LeveringRegelValidatie.Valideer(new LeveringRegel(Regelnummer, waarden), vandaag);
    }

    /// <summary>A valid row for November 2026 whose hours attended and absent add up to exactly the 40 hours offered.</summary>
    private static Dictionary<string, string?> Basis() => new()
    {
        [K.LeveringId] = "LEV-2026-11",
        [K.AanbiederKvk] = "90059901",
        [K.Bsn] = "999993653",
        [K.Onderdeel] = "TAAL",
        [K.PeriodeVan] = "2026-11-01",
        [K.PeriodeTot] = "2026-11-30",
        [K.UrenAangeboden] = "40",
        [K.UrenGevolgdFysiek] = "30",
        [K.UrenGevolgdOnline] = "4",
        [K.UrenGeoorloofdVerzuim] = "2",
        [K.UrenOngeoorloofdVerzuim] = "4",
    };

    private static LeveringFoutmelding AssertEnigeFout(RegelValidatie uitkomst, string kolom, string code, string? waarde)
    {
        Assert.That(uitkomst.Regel, Is.Null);
        Assert.That(uitkomst.Fouten, Has.Count.EqualTo(1));

        var fout = uitkomst.Fouten[0];
        Assert.That(fout.Regelnummer, Is.EqualTo(Regelnummer));
        Assert.That(fout.Kolom, Is.EqualTo(kolom));
        Assert.That(fout.Code, Is.EqualTo(code));
        Assert.That(fout.Waarde, Is.EqualTo(waarde));
        Assert.That(fout.Melding.Nl, Does.StartWith($"Regel {Regelnummer}, kolom {kolom}: "));
        Assert.That(fout.Melding.En, Does.StartWith($"Line {Regelnummer}, column {kolom}: "));
        return fout;
    }

    private static void AssertGeldigOfFout(RegelValidatie uitkomst, bool geldig, string kolom, string code)
    {
        if (geldig)
        {
            Assert.That(uitkomst.Fouten, Is.Empty);
            Assert.That(uitkomst.Regel, Is.Not.Null);
            return;
        }

        Assert.That(uitkomst.Regel, Is.Null);
        Assert.That(uitkomst.Fouten, Has.Count.EqualTo(1));
        Assert.That(uitkomst.Fouten[0].Regelnummer, Is.EqualTo(Regelnummer));
        Assert.That(uitkomst.Fouten[0].Kolom, Is.EqualTo(kolom));
        Assert.That(uitkomst.Fouten[0].Code, Is.EqualTo(code));
    }
}
