using System.Globalization;
using Host.Abstractions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SampleHost.Privacy;
using SampleHost.Security;

namespace SampleHost.Pages.Privacy;

/// <summary>
/// The subject access overview (inzage) for the privacy officer: for one person, by BSN, every processing of their
/// data in this gemeente with its activity, purpose, legal basis, operation and actor, on screen, as CSV and in print.
/// </summary>
/// <remarks>
/// The BSN travels only in POST bodies, never in a URL. Producing the overview is itself a processing of the
/// person's data, so each one is recorded under <see cref="HostProcessingActivities.Inzage"/>.
/// NOTE: the overview finds only records with the person's BSN as subject. Records about them under another id,
/// such as a V-nummer or an internal client id, are not part of it.
/// </remarks>
[RequiresPermission(HostPermissions.Inzage)]
internal sealed class InzageModel(
    ProcessingLogQueries queries,
    ProcessingActivityRegister register,
    SubjectPseudonymizer pseudonymizer,
    IProcessingLog processingLog) : PageModel
{
    public string? SubmittedBsn { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The overview, or null before a BSN was submitted.</summary>
    public IReadOnlyList<InzageRow>? Rows { get; private set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(string? bsn, CancellationToken cancellationToken)
    {
        if (await LoadAsync(bsn, cancellationToken) is not { } rows)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Rows = rows;
        return Page();
    }

    public async Task<IActionResult> OnPostCsvAsync(string? bsn, CancellationToken cancellationToken)
    {
        if (await LoadAsync(bsn, cancellationToken) is not { } rows)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        // The file name contains no BSN, because downloads end up in folders and browser histories.
        return File(InzageReport.ToCsv(rows), "text/csv; charset=utf-8", "inzage-verwerkingen.csv");
    }

    private async Task<IReadOnlyList<InzageRow>?> LoadAsync(string? bsn, CancellationToken cancellationToken)
    {
        SubmittedBsn = bsn;
        if (!Bsn.TryParse(bsn, out var parsed, out var error))
        {
            Error = BsnErrorMessages.For(error.Value).For(CultureInfo.CurrentUICulture);
            return null;
        }

        var subject = DataSubject.FromBsn(parsed);
        var entries = await queries.ForSubjectAsync(pseudonymizer.Pseudonymize(subject), cancellationToken);
        await processingLog.RecordAsync(new(HostProcessingActivities.Inzage, ProcessingOperation.Read, subject), cancellationToken);
        return InzageReport.ToRows(entries, register);
    }
}
