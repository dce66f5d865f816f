using Host.Abstractions;
using Inburgering.Plugin.Security;

namespace Inburgering.Plugin.Screens;

/// <summary>
/// The screens of the parts of a dossier, each opened with the dossier id: brede intake, PIP, voortgang, begeleiding,
/// termijn and handhaving, the aanmeldingen bij aanbieders, and the information from the COA. The dossier screen links
/// to those the user may open.
/// </summary>
internal static class DossierOnderdelen
{
    public const string BredeIntakeScreenId = "inburgering.brede-intake";

    public const string PipScreenId = "inburgering.pip";

    public const string VoortgangScreenId = "inburgering.voortgang";

    public const string BegeleidingScreenId = "inburgering.begeleiding";

    public const string TermijnScreenId = "inburgering.termijn";

    public const string AanmeldingenScreenId = "inburgering.aanmeldingen";

    public const string CoaScreenId = "inburgering.coa";

    private static readonly (string ScreenId, LocalizedText Name, string Permission)[] s_onderdelen =
    [
        (BredeIntakeScreenId, new("Brede intake", "Broad intake"), InburgeringPermissions.IntakeView),
        (PipScreenId, new("PIP (persoonlijk plan inburgering en participatie)", "PIP (personal integration and participation plan)"), InburgeringPermissions.PipView),
        (VoortgangScreenId, new("Onderdelen, uren en examens", "Components, hours and exams"), InburgeringPermissions.VoortgangView),
        (BegeleidingScreenId, new("Ontzorgen, maatschappelijke begeleiding en voortgangsgesprekken", "Unburdening, social guidance and progress meetings"), InburgeringPermissions.BegeleidingView),
        (TermijnScreenId, new("Termijn en handhaving", "Term and enforcement"), InburgeringPermissions.TermijnView),
        (AanmeldingenScreenId, new("Aanmeldingen bij aanbieders", "Referrals to course providers"), InburgeringPermissions.AanbiedersView),
        (CoaScreenId, new("Informatie van het COA", "Information from the COA"), InburgeringPermissions.CoaView),
    ];

    private static readonly FieldDefinition s_onderdeel =
        new("onderdeel", new LocalizedText("Onderdeel", "Part"), FieldType.Choice)
        {
            Privacy = PrivacyClass.Normal,
            Choices = [.. s_onderdelen.Select(o => new ChoiceOption(o.ScreenId, o.Name))],
        };

    /// <summary>Returns the section with a link to each part of dossier <paramref name="dossierId"/> that <paramref name="user"/> may open.</summary>
    public static ScreenSection Section(Guid dossierId, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);

        var rows = s_onderdelen
            .Where(o => user.HasPermission(o.Permission))
            .Select(o => new ListRow([o.ScreenId], new ScreenLink(o.ScreenId, dossierId.ToString())))
            .ToList();

        return new ScreenSection(
            new LocalizedText("Onderdelen van het dossier", "Parts of the dossier"),
            [new ListElement([s_onderdeel], rows) { EmptyText = new LocalizedText("U hebt geen toegang tot de onderdelen.", "You have no access to the parts.") }]);
    }
}
