using System.Globalization;
using Host.Abstractions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SampleHost.Security;
using SampleHost.Security.ApiClients;
using SampleHost.Tenancy;

namespace SampleHost.Pages.Beheer;

/// <summary>
/// The API clients of the administrator's gemeente: systems that call <c>/api</c> with a key. The page creates a
/// client and shows its key once, and revokes a client.
/// </summary>
[RequiresPermission(HostPermissions.ApiClientsManage)]
internal sealed class ApiClientsModel(ApiClientAdministration administration) : PageModel
{
    public IReadOnlyList<ApiClientRecord> Clients { get; private set; } = [];

    /// <summary>The key of the client just created; it is in this response only and is not stored.</summary>
    public string? NewKey { get; private set; }

    public string? NewClientName { get; private set; }

    /// <summary>The submitted name, kept when the form is shown again with an error.</summary>
    public string? SubmittedName { get; private set; }

    public string? SubmittedRole { get; private set; }

    public string? NameError { get; private set; }

    public string? RoleError { get; private set; }

    public string? SubmittedOrganisation { get; private set; }

    public string? OrganisationError { get; private set; }

    /// <summary>A message about the last revocation, shown once.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Set when the revocation was rejected because the client changed since the page was loaded.</summary>
    public string? ConflictMessage { get; private set; }

    /// <summary>The roles the user may give a new client: only those whose every permission the user holds.</summary>
    public IReadOnlyList<string> Roles => administration.GrantableRoles;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Clients = await administration.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAanmakenAsync(string? name, string? role, string? organisation, CancellationToken cancellationToken)
    {
        SubmittedName = name;
        SubmittedRole = role;
        SubmittedOrganisation = organisation;
        var organisationValue = string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim();

        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > ApiClientAdministration.MaxNameLength)
        {
            NameError = Texts.T(
                $"Vul een naam in van ten hoogste {ApiClientAdministration.MaxNameLength} tekens, bijvoorbeeld de naam van het systeem.",
                $"Enter a name of at most {ApiClientAdministration.MaxNameLength} characters, for example the system's name.");
        }

        if (role is null || !Roles.Contains(role))
        {
            RoleError = Texts.T(
                "Kies de rol waarin het systeem werkt, uit de lijst: u kunt een systeem geen rechten geven die u zelf niet heeft.",
                "Choose the role the system acts in from the list: you cannot give a system permissions you do not have yourself.");
        }

        OrganisationError = OrganisationErrorFor(organisationValue, role);
        if (NameError is not null || RoleError is not null || OrganisationError is not null)
        {
            Clients = await administration.ListAsync(cancellationToken);
            return Page();
        }

        var (client, credential) = await administration.CreateAsync(name!, role!, organisationValue, cancellationToken);
        NewKey = credential.ToString();
        NewClientName = client.Name;
        SubmittedName = null;
        SubmittedRole = null;
        SubmittedOrganisation = null;
        Clients = await administration.ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostIntrekkenAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        var result = await administration.RevokeAsync(id, version, cancellationToken);
        if (result == ApiClientRevokeResult.NotFound)
        {
            return NotFound();
        }

        if (result == ApiClientRevokeResult.Conflict)
        {
            ConflictMessage = Texts.T(
                "Deze API-client is intussen door iemand anders gewijzigd. Er is niets ingetrokken. Bekijk de actuele gegevens hieronder en probeer het zo nodig opnieuw.",
                "Someone else changed this API client in the meantime. Nothing was revoked. Check the current data below and try again if needed.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            Clients = await administration.ListAsync(cancellationToken);
            return Page();
        }

        Message = Texts.T("De API-client is ingetrokken. Zijn sleutel werkt niet meer.", "The API client is revoked. Its key no longer works.");
        return RedirectToPage();
    }

    /// <summary>Returns the error of the organisation field: required for an aanbieder, and of the form KvK number[/vestigingsnummer].</summary>
    private static string? OrganisationErrorFor(string? organisation, string? role)
    {
        if (organisation is null)
        {
            return role == HostRoles.Aanbieder
                ? Texts.T(
                    "Vul bij Organisatie het KvK-nummer van de aanbieder in; dit veld is verplicht voor de rol Aanbieder. Bijvoorbeeld 90059901, of 90059901/000012345678 met het vestigingsnummer.",
                    "Enter the aanbieder's KvK number under Organisation; this field is required for the role Course provider. For example 90059901, or 90059901/000012345678 with the vestigingsnummer.")
                : null;
        }

        return Organisation.IsValid(organisation)
            ? null
            : Texts.T(
                $"Organisatie '{organisation}' is ongeldig. Vul een KvK-nummer van 8 cijfers in, eventueel gevolgd door / en een vestigingsnummer van 12 cijfers, bijvoorbeeld 90059901/000012345678.",
                $"Organisation '{organisation}' is invalid. Enter an 8-digit KvK number, optionally followed by / and a 12-digit vestigingsnummer, for example 90059901/000012345678.");
    }

    /// <summary>Returns <paramref name="moment"/> as staff read it: a date and time in Europe/Amsterdam.</summary>
    public static string FormatMoment(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Texts.Amsterdam).ToString("d MMMM yyyy HH:mm", CultureInfo.CurrentCulture);
}
