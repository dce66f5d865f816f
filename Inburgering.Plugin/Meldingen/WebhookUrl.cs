using System.Diagnostics.CodeAnalysis;
using Host.Abstractions;

namespace Inburgering.Plugin.Meldingen;

/// <summary>
/// The rule for a webhook URL. It is absolute and uses https, or http only for a loopback host (127.0.0.1, ::1 or
/// localhost) for tests and the sample host. It contains no user name, password or fragment.
/// </summary>
internal static class WebhookUrl
{
    /// <summary>Returns the parsed URL, or <see langword="null"/> with the reason in <paramref name="fout"/>.</summary>
    public static Uri? Parse(string? tekst, [NotNullWhen(false)] out LocalizedText? fout)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            fout = new LocalizedText(
                "Vul de URL van de webhook in, bijvoorbeeld https://zaaksysteem.gemeente.nl/webhooks/inburgering.",
                "Enter the URL of the webhook, for example https://zaaksysteem.gemeente.nl/webhooks/inburgering.");
            return null;
        }

        if (tekst.Length > Abonnement.UrlMaxLength)
        {
            fout = new LocalizedText(
                $"De URL is {tekst.Length} tekens lang; het maximum is {Abonnement.UrlMaxLength}. Gebruik een kortere URL.",
                $"The URL is {tekst.Length} characters long; the maximum is {Abonnement.UrlMaxLength}. Use a shorter URL.");
            return null;
        }

        if (!Uri.TryCreate(tekst.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            fout = new LocalizedText(
                "De URL is ongeldig. Vul een volledige URL in die met https:// begint, bijvoorbeeld https://zaaksysteem.gemeente.nl/webhooks/inburgering.",
                "The URL is invalid. Enter a full URL that starts with https://, for example https://zaaksysteem.gemeente.nl/webhooks/inburgering.");
            return null;
        }

        if (url.Scheme == Uri.UriSchemeHttp && !url.IsLoopback)
        {
            fout = new LocalizedText(
                "Gebruik https://. Een URL met http:// mag alleen voor 127.0.0.1 of localhost, om te testen.",
                "Use https://. A URL with http:// is allowed only for 127.0.0.1 or localhost, for testing.");
            return null;
        }

        if (url.UserInfo.Length > 0)
        {
            fout = new LocalizedText(
                "Haal de gebruikersnaam en het wachtwoord uit de URL. De ontvanger controleert de afzender met de handtekening van elk verzoek.",
                "Remove the user name and password from the URL. The receiver checks the sender with the signature of each request.");
            return null;
        }

        if (url.Fragment.Length > 0)
        {
            fout = new LocalizedText(
                "Haal het deel vanaf # uit de URL; een webhook-URL heeft geen fragment.",
                "Remove the part from # from the URL; a webhook URL has no fragment.");
            return null;
        }

        fout = null;
        return url;
    }
}
