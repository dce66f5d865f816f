using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Overdracht.Bestand;

/// <summary>
/// Imports a signed package file into a new dossier of the current gemeente. Every problem in the file is shown at the
/// file field with its JSON path; a valid package goes to <see cref="IOverdrachtOntvangst"/>.
/// </summary>
internal sealed class OverdrachtImporterenAction(
    InburgeringDbContext db,
    IOverdrachtFormaat formaat,
    IOverdrachtOntvangst ontvangst,
    IProcessingLog processingLog,
    ILogger<OverdrachtImporterenAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.overdracht-importeren";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Overdrachtsbestand inlezen", "Import handover file"),
        [OverdrachtBestandFields.Bestand],
        InburgeringPermissions.OverdrachtOntvangen);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var veld = OverdrachtBestandFields.Bestand.Key;
        if (!request.Files.TryGetValue(veld, out var bestand) || bestand.Length == 0)
        {
            return ActionResult.Invalid(new FieldError(veld, new LocalizedText(
                "Kies het overdrachtsbestand (.json) dat u van de vorige gemeente kreeg.",
                "Choose the handover file (.json) you received from the previous municipality.")));
        }

        OverdrachtLeesResultaat gelezen;
        await using (var stream = bestand.OpenRead())
        {
            gelezen = await formaat.LeesAsync(stream, cancellationToken);
        }

        if (gelezen.Pakket is not { } pakket)
        {
            return ActionResult.Invalid([.. gelezen.Fouten.Select(f => AlsVeldfout(veld, f))]);
        }

        if (pakket.OntvangerGemeente != db.CurrentGemeente)
        {
            Log.OverdrachtBestandAndereGemeente(logger, pakket.Id, pakket.OntvangerGemeente);
            return ActionResult.Invalid(new FieldError(veld, new LocalizedText(
                $"Dit pakket is bestemd voor gemeente {pakket.OntvangerGemeente}, niet voor deze gemeente. Lees het in bij die gemeente, of vraag de afzender een pakket voor deze gemeente.",
                $"This package is addressed to municipality {pakket.OntvangerGemeente}, not to this one. Import it there, or ask the sender for a package for this municipality.")));
        }

        var resultaat = await ontvangst.NeemOverAsync(pakket, cancellationToken);
        if (resultaat.DossierId is not { } dossierId)
        {
            return ActionResult.Invalid([.. resultaat.Fouten.Select(f => AlsVeldfout(veld, f))]);
        }

        await processingLog.RecordAsync(new ProcessingRecord(InburgeringProcessingActivities.Overdracht, ProcessingOperation.Read, Persoon(pakket)), cancellationToken);
        Log.OverdrachtBestandGeimporteerd(logger, pakket.Id, dossierId, resultaat.AlOvergenomen);

        var melding = resultaat.AlOvergenomen
            ? new LocalizedText(
                $"Dit pakket was al ingelezen; u ziet het dossier van toen. Ondertekend door: {gelezen.Ondertekenaar}.",
                $"This package was imported before; this is the dossier it created. Signed by: {gelezen.Ondertekenaar}.")
            : new LocalizedText(
                $"Het overdrachtsbestand is ingelezen als nieuw dossier. Ondertekend door: {gelezen.Ondertekenaar}.",
                $"The handover file was imported as a new dossier. Signed by: {gelezen.Ondertekenaar}.");
        return ActionResult.Success(new ScreenLink(DossierScreen.ScreenId, dossierId.ToString()), melding);
    }

    private static FieldError AlsVeldfout(string veld, OverdrachtFout fout) =>
        new(veld, new LocalizedText($"{fout.Pad}: {fout.Melding.Nl}", $"{fout.Pad}: {fout.Melding.En}"));

    /// <summary>Returns the person of a read package: by BSN, or by V-nummer when it has no BSN.</summary>
    private static DataSubject Persoon(OverdrachtPakket pakket) =>
        pakket.Inburgeraar.Bsn is { } bsn
            ? DataSubject.FromBsn(Bsn.Parse(bsn))
            : new DataSubject(DataSubjectIdTypes.VNummer, pakket.Inburgeraar.VNummer!);
}
