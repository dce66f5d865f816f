using System.Globalization;
using System.Net;
using static SampleHost.Tests.Hosting.InburgeringSteps;

namespace SampleHost.Tests.Inburgering;

/// <summary>
/// Takes a new dossier over HTTP to a vastgesteld PIP with the B1-route: registration, every brede intake part,
/// afronden, a PIP concept and vaststellen with today's dagtekening. Tests of what follows the PIP start from here.
/// </summary>
internal static class VastgesteldPipSteps
{
    private static readonly TimeZoneInfo s_amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>Registers <paramref name="bsn"/> and sets its first PIP, then returns the dossier id.</summary>
    public static async Task<string> RegistreerMetVastgesteldPipAsync(HostSession session, TimeProvider clock, string bsn)
    {
        var today = Today(clock);
        var dossierId = (await RegisterAsync(session, bsn)).Split('/')[^1];
        var intake = $"/schermen/inburgering.brede-intake/{dossierId}";

        await ActionAsync(session, intake, "inburgering.brede-intake.zelfredzaamheid", ("zelfredzaamheid", "GedeeltelijkZelfredzaam"), ("zelfredzaamheidToelichting", "Post met hulp"));
        await ActionAsync(session, intake, "inburgering.brede-intake.niveau-nederlands", ("niveauNederlands", "A1"));
        await ActionAsync(session, intake, "inburgering.brede-intake.leerbaarheidstoets", ("leerbaarheidstoets", "Afgenomen"), ("leerbaarheidstoetsScore", "30"), ("leerbaarheidstoetsDatum", Iso(today.AddDays(-5))));
        await ActionAsync(session, intake, "inburgering.brede-intake.opleiding-werkervaring", ("opleidingHerkomstland", "Middelbare school"), ("werkervaringHerkomstland", "Kapper"));
        await ActionAsync(session, intake, "inburgering.brede-intake.gezondheid", ("gezondheidLichamelijk", "Geen bijzonderheden"), ("gezondheidPsychisch", "Geen bijzonderheden"));
        await ActionAsync(session, intake, "inburgering.brede-intake.gezin", ("gezinssituatie", "Alleenstaand"), ("sociaalNetwerk", "Buren"));
        await ActionAsync(session, intake, "inburgering.brede-intake.vve", ("aantalKinderenJongerDanVier", "0"), ("vveToelichting", "Geen kinderen"));
        await ActionAsync(session, intake, "inburgering.brede-intake.werk-participatie", ("werknemersvaardigheden", "Komt op tijd"), ("werkervaring", "Kapper"), ("praktischeCompetenties", "Knippen"));
        await ActionAsync(session, intake, "inburgering.brede-intake.digitale-vaardigheden", ("digitaleVaardigheden", "Basis"), ("digitaleVaardighedenToelichting", "Heeft DigiD"));
        await ActionAsync(session, intake, "inburgering.brede-intake.ontwikkelwensen", ("ontwikkelwensen", "Werk in een kapsalon"));
        await ActionAsync(session, intake, "inburgering.brede-intake.tolk", ("tolkTaal", string.Empty));
        await ActionAsync(session, intake, "inburgering.brede-intake.leerroute", ("gekozenLeerroute", "B1Route"));
        await ActionAsync(session, intake, "inburgering.brede-intake.afronden");

        var pip = $"/schermen/inburgering.pip/{dossierId}";
        await ActionAsync(session, pip, "inburgering.pip-concept",
            ("leerroute", "B1Route"),
            ("niveau", "B1"),
            ("ondersteuning", "Taalcoach"),
            ("intensiteitPvt", "12 uur in 6 weken"),
            ("intensiteitMap", "40 uur praktijk"),
            ("knm", "KNM-lessen"),
            ("ontzorgenToelichting", string.Empty),
            ("vve", string.Empty),
            ("contactpersoonNaam", "Consulent Inburgering"),
            ("contactpersoonEmail", "inburgering@gemeente.example"));
        await ActionAsync(session, pip, "inburgering.pip-vaststellen", ("dagtekening", Iso(today)));

        return dossierId;
    }

    /// <summary>Returns today's date in Amsterdam by <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), s_amsterdam).DateTime);

    /// <summary>Formats <paramref name="date"/> as the date inputs take it (yyyy-MM-dd).</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Posts an action of a screen and fails the test unless the host redirects, as it does after a success.</summary>
    public static async Task ActionAsync(HostSession session, string screenUrl, string actionId, params (string Key, string Value)[] inputs)
    {
        var values = inputs.ToDictionary(i => i.Key, i => i.Value);

        using var response = await session.PostActionAsync(screenUrl, actionId, values);

        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var html = await response.Content.ReadAsStringAsync();
            Assert.Fail($"{actionId} on {screenUrl} returned {(int)response.StatusCode}: {PageText(html)}");
        }
    }

    private static string PageText(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var body = start < 0 ? html : html[start..];
        return body.Length > 1500 ? body[..1500] : body;
    }
}
