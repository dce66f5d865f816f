using Host.Abstractions;
using Inburgering.Plugin.Screens;

namespace Inburgering.Plugin.Registration;

/// <summary>What a registration or a koppeling of a BSN did.</summary>
internal enum RegistrationOutcome
{
    /// <summary>A new dossier was saved.</summary>
    Created,

    /// <summary>The gemeente already had a dossier for the person; nothing was saved.</summary>
    AlreadyExists,

    /// <summary>A BSN and its BRP data were added to an existing dossier.</summary>
    BsnGekoppeld,

    /// <summary>The input was wrong or the BRP did not help; nothing was saved.</summary>
    Invalid,
}

/// <summary>The outcome of <see cref="InburgeraarRegistration"/>, with the dossier it concerns or the errors per field.</summary>
internal sealed record RegistrationResult
{
    private RegistrationResult(RegistrationOutcome outcome, Guid? dossierId, LocalizedText? message, IReadOnlyList<FieldError> errors)
    {
        Outcome = outcome;
        DossierId = dossierId;
        Message = message;
        Errors = errors;
    }

    public RegistrationOutcome Outcome { get; }

    /// <summary>The dossier that was created, found or changed; <see langword="null"/> when invalid.</summary>
    public Guid? DossierId { get; }

    public LocalizedText? Message { get; }

    public IReadOnlyList<FieldError> Errors { get; }

    public static RegistrationResult Created(Guid dossierId) => new(
        RegistrationOutcome.Created,
        dossierId,
        new LocalizedText("De inburgeraar is geregistreerd.", "The integration client has been registered."),
        []);

    public static RegistrationResult AlreadyExists(Guid dossierId, LocalizedText message) =>
        new(RegistrationOutcome.AlreadyExists, dossierId, message, []);

    public static RegistrationResult BsnGekoppeld(Guid dossierId) => new(
        RegistrationOutcome.BsnGekoppeld,
        dossierId,
        new LocalizedText("Het BSN is aan het dossier gekoppeld en de gegevens uit de BRP zijn overgenomen.", "The BSN has been linked to the dossier and the BRP data have been copied."),
        []);

    public static RegistrationResult Invalid(IReadOnlyList<FieldError> errors) => new(RegistrationOutcome.Invalid, null, null, errors);

    public static RegistrationResult Invalid(string fieldKey, LocalizedText message) => Invalid([new FieldError(fieldKey, message)]);

    /// <summary>Returns the action result: the dossier screen with the message, or the errors.</summary>
    public ActionResult ToActionResult() => DossierId is { } id
        ? ActionResult.Success(new ScreenLink(DossierScreen.ScreenId, id.ToString()), Message)
        : ActionResult.Invalid(Errors);
}
