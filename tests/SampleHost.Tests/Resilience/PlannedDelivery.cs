using System.Net.Http.Json;
using SampleHost.Tests.Tenancy;

namespace SampleHost.Tests.Resilience;

/// <summary>
/// One API delivery with its idempotency key: a valid row for one student on one day and a row for a BSN that is not
/// referred, in the mode that imports the valid rows. Stored once, it leaves one levering, one voortgangsmelding with
/// its urenregels and one levering_fout.
/// </summary>
internal sealed record PlannedDelivery(string Key, string Bsn, DateOnly Day)
{
    public async Task<int> SendAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var day = Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var regels = new[] { Bsn, AanbiederApi.NietAangemeldeBsn }.Select(bsn => new Dictionary<string, string>
        {
            ["bsn"] = bsn,
            ["onderdeel"] = "TAAL",
            ["periodeVan"] = day,
            ["periodeTot"] = day,
            ["urenAangeboden"] = "3",
            ["urenGevolgdFysiek"] = "2",
            ["urenGevolgdOnline"] = "0.5",
            ["urenGeoorloofdVerzuim"] = "0.5",
            ["urenOngeoorloofdVerzuim"] = "0",
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/leveringen", UriKind.Relative))
        {
            Content = JsonContent.Create(new { modus = "geldige-regels", regels }),
        };
        request.Headers.Add("Idempotency-Key", Key);

        using var response = await client.SendAsync(request, cancellationToken);
        return (int)response.StatusCode;
    }
}
