using Host.Abstractions;
using Inburgering.Plugin.Coa;

namespace Inburgering.Plugin.Tests.Coa;

public sealed class CoaInvoerTests
{
    private static readonly DateOnly s_today = new(2026, 12, 4);

    [Test]
    public void Formulierdatum_Today_IsAccepted()
    {
        var (gegevens, fouten) = Lees(("coaFormulierdatum", "4-12-2026"));

        Assert.That(fouten, Is.Empty);
        Assert.That(gegevens!.Formulierdatum, Is.EqualTo(s_today));
    }

    [Test]
    public void Formulierdatum_Tomorrow_IsRejected()
    {
        var (gegevens, fouten) = Lees(("coaFormulierdatum", "2026-12-05"));

        Assert.That(gegevens, Is.Null);
        Assert.That(fouten.Single().Veld, Is.EqualTo(CoaFields.Formulierdatum));
    }

    [Test]
    public void Formulierdatum_Missing_IsRejected()
    {
        var (_, fouten) = Lees(("coaFormulierdatum", null));

        Assert.That(fouten.Single().Melding.Nl, Is.EqualTo("Vul bij 'Datum informatieformulier' een datum in als dd-mm-jjjj, bijvoorbeeld 04-12-2026."));
    }

    [TestCase("29-2-2028", 2028, 2, 29)]
    [TestCase("2028-02-29", 2028, 2, 29)]
    [TestCase("28-2-2027", 2027, 2, 28)]
    public void Huisvestingsdatum_InFuture_IsAccepted(string invoer, int year, int month, int day)
    {
        var (gegevens, fouten) = Lees(("coaHuisvestingsdatum", invoer));

        Assert.That(fouten, Is.Empty);
        Assert.That(gegevens!.Huisvestingsdatum, Is.EqualTo(new DateOnly(year, month, day)));
    }

    [Test]
    public void Huisvestingsdatum_29FebruaryOfCommonYear_IsRejected()
    {
        var (_, fouten) = Lees(("coaHuisvestingsdatum", "29-2-2027"));

        Assert.That(fouten.Single().Veld, Is.EqualTo(CoaFields.Huisvestingsdatum));
    }

    [Test]
    public void Choices_InAnyCase_AreAccepted()
    {
        var (gegevens, fouten) = Lees(
            ("coaDigidAangevraagd", "ONBEKEND"),
            ("coaRijbewijs", "nee"),
            ("coaToestemmingVoorinburgering", "NEE"),
            ("coaStartScenario", "startnahuisvesting"));

        Assert.That(fouten, Is.Empty);
        Assert.That(gegevens!.DigidAangevraagd, Is.EqualTo(JaNeeOnbekend.Onbekend));
        Assert.That(gegevens.Rijbewijs, Is.False);
        Assert.That(gegevens.ToestemmingVoorinburgering, Is.False);
        Assert.That(gegevens.StartScenario, Is.EqualTo(StartScenario.StartNaHuisvesting));
    }

    [Test]
    public void DigidAangevraagd_Empty_IsOnbekend()
    {
        var (gegevens, _) = Lees(("coaFormulierdatum", "2026-11-16"));

        Assert.That(gegevens!.DigidAangevraagd, Is.EqualTo(JaNeeOnbekend.Onbekend));
        Assert.That(gegevens.Rijbewijs, Is.Null);
    }

    [Test]
    public void Rijbewijs_Onbekend_IsRejected()
    {
        var (_, fouten) = Lees(("coaRijbewijs", "Onbekend"));

        Assert.That(fouten.Single().Melding.Nl, Is.EqualTo("'Rijbewijs' kent de waarde niet. Kies een van: Ja, Nee."));
    }

    [Test]
    public void DigidDatum_WithoutJa_IsRejected()
    {
        var (_, fouten) = Lees(("coaDigidAangevraagd", "Nee"), ("coaDigidAangevraagdOp", "2026-11-10"));

        Assert.That(fouten.Single().Veld, Is.EqualTo(CoaFields.DigidAangevraagdOp));
    }

    [Test]
    public void Staat_WithoutRijbewijs_IsRejected()
    {
        var (_, fouten) = Lees(("coaRijbewijsUitgifteStaat", "Syrië"));

        Assert.That(fouten.Single().Veld, Is.EqualTo(CoaFields.RijbewijsUitgifteStaat));
    }

    [Test]
    public void ToestemmingDatum_WithoutChoice_IsRejected()
    {
        var (_, fouten) = Lees(("coaToestemmingVoorinburgeringOp", "2026-10-01"));

        Assert.That(fouten.Single().Veld, Is.EqualTo(CoaFields.ToestemmingVoorinburgeringOp));
    }

    [TestCase("06-12345678", true)]
    [TestCase("+31 6 12345678", true)]
    [TestCase("(010) 123.45.67", true)]
    [TestCase("1234567", false)]
    [TestCase("1234567890123456", false)]
    [TestCase("06-1234567a", false)]
    [TestCase("06+12345678", false)]
    public void Telefoon_Format_IsChecked(string telefoon, bool geldig)
    {
        var (_, fouten) = Lees(("coaAzcTelefoon", telefoon));

        Assert.That(fouten.Count == 0, Is.EqualTo(geldig));
    }

    [TestCase("bewoner@example.nl", true)]
    [TestCase("bewoner@example", false)]
    [TestCase("bewoner example.nl", false)]
    [TestCase("@example.nl", false)]
    [TestCase("a@b@example.nl", false)]
    [TestCase("bewoner@.nl", false)]
    public void Email_Format_IsChecked(string email, bool geldig)
    {
        var (_, fouten) = Lees(("coaAzcEmail", email));

        Assert.That(fouten.Count == 0, Is.EqualTo(geldig));
    }

    [Test]
    public void Bijzonderheden_TooLong_IsRejected()
    {
        var (_, fouten) = Lees(("coaBijzonderheden", new string('x', 2001)));

        Assert.That(fouten.Single().Melding.Nl, Is.EqualTo("'Bijzonderheden' is 2001 tekens lang; het maximum is 2000. Kort de tekst in."));
    }

    /// <summary>Reads a form with a valid formulierdatum and only the given values.</summary>
    private static (CoaGegevens? Gegevens, IReadOnlyList<CoaInvoerFout> Fouten) Lees(params (string Key, string? Value)[] values)
    {
        var waarden = new Dictionary<string, string?>(StringComparer.Ordinal) { ["coaFormulierdatum"] = "2026-11-16" };
        foreach (var (key, value) in values)
        {
            waarden[key] = value;
        }

        return CoaInvoer.Lees((FieldDefinition veld) => waarden.GetValueOrDefault(veld.Key), s_today);
    }
}
