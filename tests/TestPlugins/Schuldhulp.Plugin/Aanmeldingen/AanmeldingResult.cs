using Host.Abstractions;

namespace Schuldhulp.Plugin.Aanmeldingen;

/// <summary>What registering an aanmelding led to.</summary>
internal enum AanmeldingOutcome
{
    /// <summary>A new aanmelding was saved.</summary>
    Created,

    /// <summary>The client already had an aanmelding; nothing was changed.</summary>
    AlreadyExists,

    /// <summary>The input was invalid or the client could not be found; nothing was changed.</summary>
    Invalid,
}

/// <summary>The outcome of <see cref="AanmeldingRegistration.RegisterAsync"/>.</summary>
/// <param name="Outcome">Created, already there, or invalid.</param>
/// <param name="Aanmelddatum">The day of the new or existing aanmelding; <see langword="null"/> when invalid.</param>
/// <param name="Errors">What is wrong per field; empty unless invalid.</param>
internal sealed record AanmeldingResult(AanmeldingOutcome Outcome, DateOnly? Aanmelddatum, IReadOnlyList<FieldError> Errors)
{
    public static AanmeldingResult Created(DateOnly aanmelddatum) => new(AanmeldingOutcome.Created, aanmelddatum, []);

    public static AanmeldingResult AlreadyExists(DateOnly aanmelddatum) => new(AanmeldingOutcome.AlreadyExists, aanmelddatum, []);

    public static AanmeldingResult Invalid(IReadOnlyList<FieldError> errors) => new(AanmeldingOutcome.Invalid, null, errors);
}
