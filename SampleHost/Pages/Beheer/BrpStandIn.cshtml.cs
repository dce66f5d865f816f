using System.Globalization;
using System.Text.RegularExpressions;
using Host.Abstractions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SampleHost.Brp.StandIn;
using SampleHost.Events;
using SampleHost.Plugins;
using SampleHost.Security;
using static SampleHost.Texts;

namespace SampleHost.Pages.Beheer;

/// <summary>
/// Records a move of a person of the RvIG test set in the BRP stand-in, so the stand-in returns the new address and
/// gemeente, and raises <see cref="ClientAddressChanged"/> for every host client with that BSN. Only in Development with
/// the stand-in enabled; elsewhere the page returns 404. Every signed-in user may use it, because the stand-in contains
/// test persons only and the demo walk-through needs it from any role.
/// </summary>
[SignedIn]
internal sealed partial class BrpStandInModel(
    IHostEnvironment environment,
    TenantDirectory tenants,
    ICurrentUser user,
    TimeProvider clock) : PageModel
{
    /// <summary>The gemeenten of this deployment, offered as the new gemeente.</summary>
    public IReadOnlyList<GemeenteCode> Gemeenten => tenants.Gemeenten;

    [BindProperty]
    public string? Bsn { get; set; }

    [BindProperty]
    public string? Gemeente { get; set; }

    [BindProperty]
    public string? AndereGemeente { get; set; }

    [BindProperty]
    public string? Straat { get; set; }

    [BindProperty]
    public string? Huisnummer { get; set; }

    [BindProperty]
    public string? Postcode { get; set; }

    [BindProperty]
    public string? Woonplaats { get; set; }

    /// <summary>The error per form field, keyed by the field's name.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The outcome of the last recorded move, shown once.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Returns the name of <paramref name="code"/> in the gemeente table, or the code itself.</summary>
    public static string NameOf(GemeenteCode code) => GemeenteTabel.FindName(code.Value) is { } name ? $"{name} ({code.Value})" : code.Value;

    public IActionResult OnGet() => Services() is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Services() is not var (verhuizingen, addressChanges))
        {
            return NotFound();
        }

        var verhuizing = Validate(HttpContext.RequestServices.GetRequiredService<RvigTestSet>());
        if (verhuizing is null)
        {
            return Page();
        }

        verhuizingen.Record(verhuizing);
        var clients = await addressChanges.PublishAsync(
            Host.Abstractions.Bsn.Parse(verhuizing.Burgerservicenummer),
            GemeenteCode.Parse(verhuizing.GemeenteVanInschrijving),
            user,
            cancellationToken);

        Message = T(
            $"De verhuizing is vastgelegd in de BRP-stand-in met datum {verhuizing.Datum.ToString("d MMMM yyyy", Dutch)}. De adreswijziging is gemeld voor {clients} klant(en) met dit BSN.",
            $"The move was recorded in the BRP stand-in with date {verhuizing.Datum.ToString("d MMMM yyyy", English)}. The address change was reported for {clients} client(s) with this BSN.");
        return RedirectToPage();
    }

    /// <summary>Returns the stand-in's services, or <see langword="null"/> outside Development or when the stand-in is off.</summary>
    private (StandInVerhuizingen Verhuizingen, ClientAddressChanges AddressChanges)? Services()
    {
        var verhuizingen = HttpContext.RequestServices.GetService<StandInVerhuizingen>();
        var addressChanges = HttpContext.RequestServices.GetService<ClientAddressChanges>();

        return environment.IsDevelopment() && verhuizingen is not null && addressChanges is not null
            ? (verhuizingen, addressChanges)
            : null;
    }

    private StandInVerhuizing? Validate(RvigTestSet testSet)
    {
        var bsn = Bsn?.Trim();
        if (!Host.Abstractions.Bsn.TryParse(bsn, out _, out _) || testSet.Find(bsn!) is null)
        {
            Errors[nameof(Bsn)] = T(
                "Vul het BSN in van een persoon uit de RvIG-testset, bijvoorbeeld 999993653.",
                "Enter the BSN of a person in the RvIG test set, for example 999993653.");
        }

        var gemeente = string.IsNullOrWhiteSpace(AndereGemeente) ? Gemeente?.Trim() : AndereGemeente.Trim();
        if (!GemeenteCode.TryParse(gemeente, out _))
        {
            Errors[nameof(AndereGemeente)] = T(
                "Kies de nieuwe gemeente of vul een gemeentecode van vier cijfers in, bijvoorbeeld 0363 voor Amsterdam.",
                "Choose the new municipality or enter a four-digit municipality code, for example 0363 for Amsterdam.");
        }

        if (string.IsNullOrWhiteSpace(Straat) || Straat.Trim().Length > 80)
        {
            Errors[nameof(Straat)] = T("Vul de straat in, ten hoogste 80 tekens.", "Enter the street, at most 80 characters.");
        }

        if (!int.TryParse(Huisnummer, NumberStyles.None, CultureInfo.InvariantCulture, out var huisnummer) || huisnummer is < 1 or > 99999)
        {
            Errors[nameof(Huisnummer)] = T("Vul het huisnummer in als getal van 1 tot en met 99999, bijvoorbeeld 12.", "Enter the house number as a number from 1 to 99999, for example 12.");
        }

        var postcode = Postcode?.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (!string.IsNullOrEmpty(postcode) && !PostcodePattern().IsMatch(postcode))
        {
            Errors[nameof(Postcode)] = T("Vul de postcode in als vier cijfers en twee letters, bijvoorbeeld 2511 AB, of laat het veld leeg.", "Enter the postcode as four digits and two letters, for example 2511 AB, or leave it empty.");
        }

        if (Woonplaats is { Length: > 80 })
        {
            Errors[nameof(Woonplaats)] = T("Vul een woonplaats van ten hoogste 80 tekens in.", "Enter a town of at most 80 characters.");
        }

        if (Errors.Count > 0)
        {
            return null;
        }

        var vandaag = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Amsterdam).DateTime);
        return new StandInVerhuizing(
            bsn!,
            gemeente!,
            Straat!.Trim(),
            huisnummer,
            string.IsNullOrEmpty(postcode) ? null : postcode,
            string.IsNullOrWhiteSpace(Woonplaats) ? null : Woonplaats.Trim(),
            vandaag);
    }

    [GeneratedRegex("^[1-9][0-9]{3}[A-Z]{2}$")]
    private static partial Regex PostcodePattern();
}
