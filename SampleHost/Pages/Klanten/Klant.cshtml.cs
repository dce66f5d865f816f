using Host.Abstractions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SampleHost.Clients;
using SampleHost.Downloads;
using SampleHost.Persistence;
using SampleHost.Plugins;
using SampleHost.Privacy;
using SampleHost.Screens;
using SampleHost.Security;

namespace SampleHost.Pages.Klanten;

/// <summary>
/// The client page: the host's own data, the fields plugins add to the client record, and the plugins' client tabs.
/// A plugin that throws while loading its fields or tab gets a placeholder, and the rest of the page still shows.
/// </summary>
[RequiresPermission(HostPermissions.ClientsView)]
internal sealed class KlantModel(
    HostDbContext db,
    FieldAccess fieldAccess,
    DownloadCatalog downloads,
    ITenantContext tenant,
    ScreenCatalog catalog,
    PluginCatalog plugins,
    PluginInvoker invoker,
    RecordFieldStore storedFields,
    RecordAccessLog accessLog,
    IProcessingLog processingLog) : PageModel
{
    public Client Client { get; private set; } = null!;

    /// <summary>The fields plugins add, with their values, as far as the user may see them.</summary>
    public IReadOnlyList<FieldElement> PluginFields { get; private set; } = [];

    /// <summary>The stored fields of plugins the user may see, with their values.</summary>
    public IReadOnlyList<FieldElement> StoredFields { get; private set; } = [];

    /// <summary>The stored fields the user may change.</summary>
    public IReadOnlyList<FieldDefinition> EditableFields { get; private set; } = [];

    /// <summary>The values shown in the form: the stored ones, or those the user submitted when they were not valid.</summary>
    public IReadOnlyDictionary<string, string?> FormValues { get; private set; } = new Dictionary<string, string?>();

    public IReadOnlyList<FieldError> FieldErrors { get; private set; } = [];

    /// <summary>The version of the stored values the form was opened with; a save from an older version is rejected.</summary>
    public string StoredFieldsVersion { get; private set; } = string.Empty;

    /// <summary>Set when the save was rejected because someone else saved these fields since the form was opened.</summary>
    public string? ConflictMessage { get; private set; }

    /// <summary>The client tabs of plugins, rendered with the client's id as record id.</summary>
    public IReadOnlyList<ScreenView> Tabs { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Clients.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } client)
        {
            accessLog.NotFound(HostRecordTypes.Client, id.ToString());
            return NotFound();
        }

        Client = client;
        await processingLog.RecordAsync(new(HostProcessingActivities.Klantbeeld, ProcessingOperation.Read, DataSubject.FromBsn(Bsn.Parse(client.Bsn))), cancellationToken);

        PluginFields = await LoadPluginFieldsAsync(id.ToString(), cancellationToken);
        await LoadStoredFieldsAsync(id.ToString(), null, cancellationToken);
        Tabs = await LoadTabsAsync(id.ToString(), cancellationToken);
        return Page();
    }

    /// <summary>Stores the changed values of the plugins' stored fields, or shows the form again with the errors.</summary>
    public async Task<IActionResult> OnPostVeldenAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Clients.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } client)
        {
            accessLog.NotFound(HostRecordTypes.Client, id.ToString());
            return NotFound();
        }

        var submitted = Request.Form.Keys.ToDictionary(key => key, key => (string?)Request.Form[key].LastOrDefault(), StringComparer.Ordinal);
        var expectedVersion = Request.Form[ScreenForm.VersionField].FirstOrDefault();
        var result = await storedFields.SaveAsync(HostRecordTypes.Client, id.ToString(), submitted, expectedVersion, cancellationToken);
        if (result.Succeeded)
        {
            await processingLog.RecordAsync(new(HostProcessingActivities.Klantbeeld, ProcessingOperation.Update, DataSubject.FromBsn(Bsn.Parse(client.Bsn))), cancellationToken);
            Message = Texts.T("De gegevens zijn opgeslagen.", "The details have been saved.");
            return Redirect($"/klanten/{id}");
        }

        Response.StatusCode = result.IsConflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        FieldErrors = result.Errors;
        ConflictMessage = result.IsConflict
            ? Texts.T(
                "Iemand anders heeft deze gegevens intussen gewijzigd. Uw wijzigingen zijn niet opgeslagen, maar staan nog in het formulier. Hierboven staan de actuele waarden; sla opnieuw op om ze te vervangen.",
                "Someone else changed these details in the meantime. Your changes were not saved, but are still in the form. The current values are shown above; save again to replace them.")
            : null;
        Client = client;
        PluginFields = await LoadPluginFieldsAsync(id.ToString(), cancellationToken);
        await LoadStoredFieldsAsync(id.ToString(), submitted, cancellationToken);
        Tabs = await LoadTabsAsync(id.ToString(), cancellationToken);
        return Page();
    }

    private async Task LoadStoredFieldsAsync(string clientId, IReadOnlyDictionary<string, string?>? submitted, CancellationToken cancellationToken)
    {
        var fields = storedFields.Fields(HostRecordTypes.Client);
        var values = await storedFields.ValuesAsync(HostRecordTypes.Client, clientId, cancellationToken);
        StoredFieldsVersion = await storedFields.VersionAsync(HostRecordTypes.Client, clientId, cancellationToken);

        StoredFields = [.. fields
            .Where(fieldAccess.CanView)
            .Select(f => new FieldElement(f, values.GetValueOrDefault(f.Key)))];
        EditableFields = [.. fields.Where(fieldAccess.CanEdit)];
        FormValues = submitted ?? EditableFields.ToDictionary(f => f.Key, f => (string?)values.GetValueOrDefault(f.Key), StringComparer.Ordinal);
    }

    private async Task<IReadOnlyList<FieldElement>> LoadPluginFieldsAsync(string clientId, CancellationToken cancellationToken)
    {
        var fields = new List<FieldElement>();
        foreach (var provider in catalog.FieldProviders(HostRecordTypes.Client))
        {
            var visible = provider.Fields.Where(fieldAccess.CanView).ToList();
            if (visible.Count == 0)
            {
                continue;
            }

            var call = await invoker.InvokeContributionAsync(
                provider,
                tenant.Current,
                $"record fields {provider.RecordType}",
                token => provider.GetValuesAsync(clientId, token),
                cancellationToken);

            if (call.Outcome == PluginCallOutcome.Failed && plugins.OwnerOf(provider) is { } plugin)
            {
                fields.Add(PluginPlaceholder.Fields(plugin));
                continue;
            }

            if (call.Value is not { Count: > 0 } values)
            {
                continue;
            }

            fields.AddRange(visible.Select(f => new FieldElement(f, values.GetValueOrDefault(f.Key))));
        }

        return fields;
    }

    private async Task<IReadOnlyList<ScreenView>> LoadTabsAsync(string clientId, CancellationToken cancellationToken)
    {
        var tabs = new List<ScreenView>();
        foreach (var screen in catalog.InSlot(HostSlots.ClientTab))
        {
            var request = new ScreenRequest(clientId);
            var call = await invoker.InvokeContributionAsync(
                screen,
                tenant.Current,
                $"screen {screen.Definition.Id}",
                token => screen.LoadAsync(request, token),
                cancellationToken);

            if (call.Outcome == PluginCallOutcome.Failed)
            {
                tabs.Add(new ScreenView(screen, PluginPlaceholder.Content, clientId, []));
            }
            else if (call.Value is { } content)
            {
                tabs.Add(new ScreenView(screen, fieldAccess.Filter(content, downloads) with { Actions = [] }, clientId, []));
            }
        }

        return tabs;
    }
}
