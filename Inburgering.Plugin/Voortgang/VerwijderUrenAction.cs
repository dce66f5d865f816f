using Host.Abstractions;
using Inburgering.Plugin.Security;
using Inburgering.Plugin.Uren;
using Microsoft.EntityFrameworkCore;
using F = Inburgering.Plugin.Voortgang.VoortgangFields;

namespace Inburgering.Plugin.Voortgang;

/// <summary>
/// Removes a wrongly entered <see cref="Urenregel"/>, named by the regelnummer the hours list shows (the start of its
/// id). The reason comes from a fixed list, so the log records it with the ids and without free text.
/// </summary>
internal sealed class VerwijderUrenAction(VoortgangEditor editor) : IActionHandler
{
    public const string ActionId = "inburgering.uren-verwijderen";

    /// <summary>The number of hex digits of the id the hours list shows as regelnummer.</summary>
    public const int RegelnummerLengte = 8;

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Uren verwijderen", "Remove hours"),
        [
            F.Regelnummer with { Required = true, Hint = new LocalizedText("Het regelnummer uit de lijst met uren.", "The row number from the list of hours.") },
            F.CorrectieReden with { Required = true },
        ],
        InburgeringPermissions.VoortgangEdit);

    /// <summary>Returns the regelnummer of <paramref name="regel"/> as the hours list shows it.</summary>
    public static string RegelnummerVan(Urenregel regel)
    {
        ArgumentNullException.ThrowIfNull(regel);

        return regel.Id.ToString("N")[..RegelnummerLengte];
    }

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (dossier, rejection) = await editor.LoadAsync(request, cancellationToken);
        if (dossier is null)
        {
            return rejection!;
        }

        if (!VoortgangEditor.TryParseChoice<UrenCorrectieReden>(request.Value(F.CorrectieReden.Key), out var reden))
        {
            return ActionResult.Invalid(new FieldError(F.CorrectieReden.Key, new LocalizedText(
                "Kies de reden van verwijderen uit de lijst.",
                "Choose the reason for removal from the list.")));
        }

        var nummer = request.Value(F.Regelnummer.Key)?.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal) ?? "";
        var regels = await editor.Db.Urenregels.Where(r => r.DossierId == dossier.Id).ToListAsync(cancellationToken);
        var gevonden = nummer.Length >= RegelnummerLengte
            ? regels.Where(r => r.Id.ToString("N").StartsWith(nummer, StringComparison.Ordinal)).ToList()
            : [];
        if (gevonden.Count != 1)
        {
            return ActionResult.Invalid(new FieldError(F.Regelnummer.Key, new LocalizedText(
                $"Dit dossier heeft geen uren met regelnummer '{nummer}'. Neem het regelnummer ({RegelnummerLengte} tekens) over uit de lijst met uren.",
                $"This dossier has no hours with row number '{nummer}'. Copy the row number ({RegelnummerLengte} characters) from the list of hours.")));
        }

        var regel = gevonden[0];
        if (regel.VoortgangsmeldingId is not null)
        {
            return ActionResult.Invalid(new FieldError(F.Regelnummer.Key, new LocalizedText(
                $"De uren met regelnummer {RegelnummerVan(regel)} zijn geleverd door aanbieder {regel.Aanbieder} en kunnen hier niet worden verwijderd. Een correctie komt uit een nieuwe levering van de aanbieder voor dezelfde periode.",
                $"The hours with row number {RegelnummerVan(regel)} were delivered by provider {regel.Aanbieder} and cannot be removed here. A correction comes from a new delivery by the provider for the same period.")));
        }

        editor.Db.Urenregels.Remove(regel);

        if (await editor.SaveAsync(dossier, ProcessingOperation.Delete, startTraject: false, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.UrenRemoved(editor.Logger, regel.Id, dossier.Id, reden);

        return VoortgangEditor.Saved(dossier, new LocalizedText(
            $"De uren met regelnummer {RegelnummerVan(regel)} zijn verwijderd.",
            $"The hours with row number {RegelnummerVan(regel)} were removed."));
    }
}
