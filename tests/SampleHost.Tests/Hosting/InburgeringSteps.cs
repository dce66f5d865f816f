using System.Net;
using System.Text.RegularExpressions;

namespace SampleHost.Tests.Hosting;

/// <summary>What a consulent does in SampleHost with the inburgering plugin, as steps for tests over HTTP.</summary>
internal static partial class InburgeringSteps
{
    public const string DossiersScreen = "/schermen/inburgering.dossiers";

    /// <summary>Returns the inputs of the registration form, with a koppeldatum and wettelijk regime that fit together.</summary>
    public static Dictionary<string, string> RegistrationInputs(string bsn, string doelgroep = "Asielstatushouder") => new()
    {
        ["bsn"] = bsn,
        ["vnummer"] = string.Empty,
        ["doelgroep"] = doelgroep,
        ["koppeldatum"] = "2026-11-01",
        ["wetRegime"] = "Wi2021",
    };

    /// <summary>Registers through the dossier list's form and returns the URL of the dossier it leads to.</summary>
    public static async Task<string> RegisterAsync(HostSession session, string bsn, string doelgroep = "Asielstatushouder")
    {
        using var response = await session.PostActionAsync(DossiersScreen, "inburgering.registreer", RegistrationInputs(bsn, doelgroep));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var html = await response.Content.ReadAsStringAsync();
            Assert.Fail($"Registering returned {(int)response.StatusCode}: {ErrorSummary(html)}");
        }

        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Finds a client by BSN on the client list, as a POST, and returns the client page's URL.</summary>
    public static async Task<string> FindClientAsync(HostSession session, string bsn)
    {
        using var response = await session.PostFormAsync("/klanten", new Dictionary<string, string> { ["bsn"] = bsn }, "/klanten?handler=Zoek");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the client is found by BSN");
        return response.Headers.Location!.OriginalString;
    }

    private static string ErrorSummary(string html)
    {
        var errors = FieldErrorPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));
        return string.Join("; ", errors);
    }

    [GeneratedRegex("class=\"field-error\"[^>]*>(.*?)</span>", RegexOptions.Singleline)]
    private static partial Regex FieldErrorPattern();
}
