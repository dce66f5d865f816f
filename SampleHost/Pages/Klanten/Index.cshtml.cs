using System.Globalization;
using Host.Abstractions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SampleHost.Clients;
using SampleHost.Persistence;
using SampleHost.Privacy;
using SampleHost.Security;

namespace SampleHost.Pages.Klanten;

/// <summary>
/// The clients of the user's gemeente, the newest first and keyset-paged on the client id, with a search by BSN and
/// registration by BSN. The page position in the URL is the id of the last client shown, never a BSN or a name.
/// </summary>
[RequiresPermission(HostPermissions.ClientsView)]
internal sealed class IndexModel(HostDbContext db, ICurrentUser user, ClientRegistration registration, IProcessingLog processingLog, RecordAccessLog accessLog) : PageModel
{
    internal const int PageSize = 50;

    public IReadOnlyList<Client> Clients { get; private set; } = [];

    /// <summary>The client id after which the shown page starts, or <see langword="null"/> on the first page.</summary>
    [BindProperty(SupportsGet = true, Name = "na")]
    public Guid? After { get; set; }

    /// <summary>The id of the last client shown when more clients follow, for the link to the next page; otherwise <see langword="null"/>.</summary>
    public Guid? NextAfter { get; private set; }

    public string? SearchError { get; private set; }

    public string? RegisterError { get; private set; }

    public string? SubmittedBsn { get; private set; }

    public bool CanRegister => user.HasPermission(HostPermissions.ClientsRegister);

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Finds a client by BSN; a POST, so the BSN never appears in a URL or access log.</summary>
    public async Task<IActionResult> OnPostZoekAsync(string? bsn, CancellationToken cancellationToken)
    {
        SubmittedBsn = bsn;
        if (!Bsn.TryParse(bsn, out var parsed, out var error))
        {
            SearchError = BsnErrorMessages.For(error.Value).For(CultureInfo.CurrentUICulture);
            return await RedisplayAsync(cancellationToken);
        }

        var client = await db.Clients.AsNoTracking().FirstOrDefaultAsync(c => c.Bsn == parsed.Value, cancellationToken);
        await processingLog.RecordAsync(new(HostProcessingActivities.Klantbeeld, ProcessingOperation.Search, DataSubject.FromBsn(parsed)), cancellationToken);
        if (client is null)
        {
            accessLog.SearchFoundNothing();
            SearchError = Texts.T("Deze gemeente heeft geen klant met dit BSN.", "This municipality has no client with this BSN.");
            return await RedisplayAsync(cancellationToken);
        }

        return Redirect($"/klanten/{client.Id}");
    }

    [HandlerPermission(HostPermissions.ClientsRegister)]
    public async Task<IActionResult> OnPostRegistreerAsync(string? bsn, CancellationToken cancellationToken)
    {
        SubmittedBsn = bsn;
        var result = await registration.RegisterAsync(bsn, cancellationToken);
        if (result.Client is not { } client)
        {
            RegisterError = result.Error!.For(CultureInfo.CurrentUICulture);
            return await RedisplayAsync(cancellationToken);
        }

        Message = result.AlreadyExisted
            ? Texts.T("Deze klant stond al geregistreerd.", "This client was already registered.")
            : Texts.T("De klant is geregistreerd met de gegevens uit de BRP.", "The client was registered with the data from the BRP.");
        return Redirect($"/klanten/{client.ClientId}");
    }

    private async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        // Client ids are version 7 GUIDs, which sort by creation time on SQLite and PostgreSQL alike; SQLite
        // cannot sort DateTimeOffset columns. The id is unique, so it is the whole keyset and the primary key serves it.
        var query = db.Clients.AsNoTracking();
        if (After is { } after)
        {
            query = query.Where(c => c.Id.CompareTo(after) < 0);
        }

        // One row more than a page shows whether a next page exists; that row is neither shown nor logged.
        var clients = await query
            .OrderByDescending(c => c.Id)
            .Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        Clients = clients.Count > PageSize ? clients[..PageSize] : clients;
        NextAfter = clients.Count > PageSize ? Clients[^1].Id : null;

        var reads = Clients.Select(c => new ProcessingRecord(HostProcessingActivities.Klantbeeld, ProcessingOperation.Read, DataSubject.FromBsn(Bsn.Parse(c.Bsn))));
        await processingLog.RecordAllAsync([.. reads], cancellationToken);
    }
}
