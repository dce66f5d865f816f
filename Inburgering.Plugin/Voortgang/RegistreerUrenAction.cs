using Host.Abstractions;
using Inburgering.Plugin.Security;
using Inburgering.Plugin.Uren;
using F = Inburgering.Plugin.Voortgang.VoortgangFields;

namespace Inburgering.Plugin.Voortgang;

/// <summary>Records an <see cref="Urenregel"/>: the hours of one kind the person followed in a period, from the aanbieder's report.</summary>
internal sealed class RegistreerUrenAction(VoortgangEditor editor) : IActionHandler
{
    public const string ActionId = "inburgering.uren-registreren";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Uren vastleggen", "Record hours"),
        [
            F.Soort with { Required = true },
            F.PeriodeVan with { Required = true },
            F.PeriodeTot with { Required = true, Hint = new LocalizedText("De peildatum; niet in de toekomst.", "The reference date; not in the future.") },
            F.Uren with { Required = true, Hint = new LocalizedText("In hele kwartieren, ten hoogste 24 per dag van de periode.", "In whole quarter hours, at most 24 per day of the period.") },
            F.MetKeurmerk,
            F.Aanbieder,
        ],
        InburgeringPermissions.VoortgangEdit);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (dossier, rejection) = await editor.LoadAsync(request, cancellationToken);
        if (dossier is null)
        {
            return rejection!;
        }

        var errors = new List<FieldError>();
        if (!VoortgangEditor.TryParseChoice<UrenSoort>(request.Value(F.Soort.Key), out var soort))
        {
            errors.Add(new FieldError(F.Soort.Key, new LocalizedText("Kies de soort uren uit de lijst.", "Choose the kind of hours from the list.")));
        }

        if (!VoortgangEditor.TryParseDate(request.Value(F.PeriodeVan.Key), out var van))
        {
            errors.Add(VoortgangEditor.InvalidDate(F.PeriodeVan));
        }

        if (!VoortgangEditor.TryParseDate(request.Value(F.PeriodeTot.Key), out var tot))
        {
            errors.Add(VoortgangEditor.InvalidDate(F.PeriodeTot));
        }

        if (!VoortgangEditor.TryParseNumber(request.Value(F.Uren.Key), out var uren))
        {
            errors.Add(new FieldError(F.Uren.Key, new LocalizedText("Vul het aantal uren in als getal, bijvoorbeeld 12,5.", "Enter the hours as a number, for example 12.5.")));
        }

        if (errors.Count > 0)
        {
            return ActionResult.Invalid(errors);
        }

        var periodeErrors = UrenregelInvoer.Controleer(van, tot, uren, editor.Today);
        if (periodeErrors.Count > 0)
        {
            return ActionResult.Invalid(periodeErrors);
        }

        var regel = new Urenregel
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            Soort = soort,
            PeriodeVan = van,
            PeriodeTot = tot,
            Uren = uren,
            MetKeurmerk = request.Value(F.MetKeurmerk.Key) == "true",
            Aanbieder = request.Value(F.Aanbieder.Key),
            GeregistreerdOp = editor.Now,
            GeregistreerdDoor = editor.UserId,
        };
        editor.Db.Urenregels.Add(regel);

        if (await editor.SaveAsync(dossier, ProcessingOperation.Create, startTraject: true, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.UrenRegistered(editor.Logger, regel.Id, soort, dossier.Id);

        return VoortgangEditor.Saved(dossier, new LocalizedText(
            $"{VoortgangEditor.UrenNl(uren)} uur vastgelegd.",
            $"{VoortgangEditor.UrenEn(uren)} hours recorded."));
    }
}
