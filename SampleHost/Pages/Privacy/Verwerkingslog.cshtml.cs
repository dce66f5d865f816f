using Host.Abstractions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SampleHost.Privacy;
using SampleHost.Security;

namespace SampleHost.Pages.Privacy;

/// <summary>
/// The privacy officer's view of the gemeente's processing log: the records newest first, a page at a time, with
/// filters on activity, actor and date range, and a button that verifies the gemeente's hash chain.
/// </summary>
[RequiresPermission(HostPermissions.ProcessingLogView)]
internal sealed class VerwerkingslogModel(
    ProcessingLogQueries queries,
    ProcessingLogVerifier verifier,
    ProcessingActivityRegister register,
    ITenantContext tenant) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "activiteit")]
    public string? ActivityId { get; set; }

    [BindProperty(SupportsGet = true, Name = "medewerker")]
    public string? ActorId { get; set; }

    [BindProperty(SupportsGet = true, Name = "van")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "tot")]
    public DateOnly? Until { get; set; }

    /// <summary>The keyset: only records with a lower sequence number than this one.</summary>
    [BindProperty(SupportsGet = true, Name = "voor")]
    public long? Before { get; set; }

    public IReadOnlyList<InzageRow> Rows { get; private set; } = [];

    /// <summary>The value of <see cref="Before"/> for the next page, or null on the last page.</summary>
    public long? NextBefore { get; private set; }

    /// <summary>The outcome of the chain verification, after the button was pressed.</summary>
    public ChainVerification? Verification { get; private set; }

    public IEnumerable<ProcessingActivity> Activities => register.All;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostControleerAsync(CancellationToken cancellationToken)
    {
        Verification = await verifier.VerifyAsync(tenant.Required.Value, cancellationToken);
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>The message when the date range is reversed, or null.</summary>
    public string? RangeError { get; private set; }

    /// <summary>Returns the query string values of the current filters with another keyset, for the next page link.</summary>
    public Dictionary<string, string> NextPageRoute(long before)
    {
        var route = FilterRoute();
        route["voor"] = before.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return route;
    }

    /// <summary>Returns the query string values of the current filters, for the link back to the newest records.</summary>
    public Dictionary<string, string> FilterRoute()
    {
        var route = new Dictionary<string, string>();
        AddIfSet(route, "activiteit", ActivityId);
        AddIfSet(route, "medewerker", ActorId);
        AddIfSet(route, "van", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        AddIfSet(route, "tot", Until?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return route;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (From > Until)
        {
            RangeError = Texts.T(
                "De datum 'van' ligt na de datum 'tot'. Draai de datums om en filter opnieuw.",
                "The 'from' date is after the 'until' date. Swap the dates and filter again.");
            return;
        }

        var filter = new ProcessingLogFilter(
            ActivityId,
            ActorId,
            From is { } from ? StartOfDay(from) : null,
            Until is { } until ? StartOfDay(until.AddDays(1)) : null);

        // One record more than a page shows whether there is a next page.
        var entries = await queries.PageAsync(filter, Before, PageSize + 1, cancellationToken);
        var shown = entries.Take(PageSize).ToList();
        Rows = InzageReport.ToRows(shown, register);
        NextBefore = entries.Count > PageSize ? shown[^1].Sequence : null;
    }

    // Dates on the screen are days in Europe/Amsterdam; the log stores UTC.
    private static DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Texts.Amsterdam.GetUtcOffset(local)).ToUniversalTime();
    }

    private static void AddIfSet(Dictionary<string, string> route, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            route[key] = value;
        }
    }
}
