using System.Globalization;
using System.Text.RegularExpressions;
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
/// The BSN and V-nummer travel only in POST bodies, never in a URL. Producing the overview is itself a processing
/// of the person's data, so each one is recorded under <see cref="HostProcessingActivities.Inzage"/>. An
/// asielstatushouder registered before the BRP knew them has records under the V-nummer too; the officer gives
/// both to see all of them.
/// </remarks>
[RequiresPermission(HostPermissions.Inzage)]
internal sealed partial class InzageModel(
    ProcessingLogQueries queries,
    ProcessingActivityRegister register,
    SubjectPseudonymizer pseudonymizer,
    IProcessingLog processingLog) : PageModel
{
    public string? SubmittedBsn { get; private set; }

    public string? SubmittedVNummer { get; private set; }

    public string? Error { get; private set; }

    public string? VNummerError { get; private set; }

    /// <summary>The overview, or null before a BSN was submitted.</summary>
    public IReadOnlyList<InzageRow>? Rows { get; private set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(string? bsn, string? vnummer, CancellationToken cancellationToken)
    {
        if (await LoadAsync(bsn, vnummer, cancellationToken) is not { } rows)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Rows = rows;
        return Page();
    }

    public async Task<IActionResult> OnPostCsvAsync(string? bsn, string? vnummer, CancellationToken cancellationToken)
    {
        if (await LoadAsync(bsn, vnummer, cancellationToken) is not { } rows)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        // The file name contains no BSN, because downloads end up in folders and browser histories.
        return File(InzageReport.ToCsv(rows), "text/csv; charset=utf-8", "inzage-verwerkingen.csv");
    }

    private async Task<IReadOnlyList<InzageRow>?> LoadAsync(string? bsn, string? vnummer, CancellationToken cancellationToken)
    {
        SubmittedBsn = bsn;
        SubmittedVNummer = vnummer;
        if (!Bsn.TryParse(bsn, out var parsed, out var error))
        {
            Error = BsnErrorMessages.For(error.Value).For(CultureInfo.CurrentUICulture);
        }

        var vnummerValue = vnummer?.Trim();
        if (!string.IsNullOrEmpty(vnummerValue) && !VNummerPattern().IsMatch(vnummerValue))
        {
            VNummerError = Texts.T(
                "Een V-nummer bestaat uit 10 cijfers. Laat het veld leeg als de persoon geen V-nummer heeft.",
                "A V-nummer has 10 digits. Leave the field empty when the person has no V-nummer.");
        }

        if (Error is not null || VNummerError is not null)
        {
            return null;
        }

        List<DataSubject> subjects = [DataSubject.FromBsn(parsed)];
        if (!string.IsNullOrEmpty(vnummerValue))
        {
            subjects.Add(new DataSubject(DataSubjectIdTypes.VNummer, vnummerValue));
        }

        var entries = await queries.ForSubjectAsync([.. subjects.Select(pseudonymizer.Pseudonymize)], cancellationToken);
        await processingLog.RecordAllAsync([.. subjects.Select(subject => new ProcessingRecord(HostProcessingActivities.Inzage, ProcessingOperation.Read, subject))], cancellationToken);
        return InzageReport.ToRows(entries, register);
    }

    [GeneratedRegex("^[0-9]{10}$")]
    private static partial Regex VNummerPattern();
}
