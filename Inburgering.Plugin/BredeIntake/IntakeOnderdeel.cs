using System.Globalization;
using Host.Abstractions;

namespace Inburgering.Plugin.BredeIntake;

/// <summary>
/// One part of the brede intake, such as zelfredzaamheid: its form, how it shows its values, when it counts as filled
/// in, and how a submitted form changes the intake. Field keys are unique over all parts, because the screen fills
/// every part's form from one set of values.
/// </summary>
internal abstract class IntakeOnderdeel
{
    /// <summary>The part's key, which ends its action id, for example <c>zelfredzaamheid</c>.</summary>
    public abstract string Key { get; }

    /// <summary>The id of the action that saves this part.</summary>
    public string ActionId => $"{BredeIntakeScreen.ActionPrefix}{Key}";

    /// <summary>The part's name, as a section title and in the list of missing parts.</summary>
    public abstract LocalizedText Naam { get; }

    /// <summary>The inputs of the part's form, in order.</summary>
    public abstract IReadOnlyList<FieldDefinition> Inputs { get; }

    /// <summary>The permission needed, next to the intake's own, to see and save this part, or <see langword="null"/>.</summary>
    public virtual string? ExtraPermission => null;

    /// <summary>Returns whether the part is filled in on <paramref name="intake"/>.</summary>
    public abstract bool IsIngevuld(BredeIntake intake);

    /// <summary>Returns the part's values on <paramref name="intake"/> as the screen shows them; inputs first, in order.</summary>
    public abstract IReadOnlyList<FieldElement> Toon(BredeIntake intake);

    /// <summary>
    /// Reads the submitted form into <paramref name="intake"/> when it is valid; returns the errors and changes nothing
    /// otherwise.
    /// </summary>
    /// <param name="intake">The intake to change.</param>
    /// <param name="request">The submitted form.</param>
    /// <param name="vandaag">Today in Europe/Amsterdam.</param>
    public abstract IReadOnlyList<FieldError> Verwerk(BredeIntake intake, ActionRequest request, DateOnly vandaag);

    /// <summary>Returns the values that fill the part's form on the screen, by field key, as the host reads them back.</summary>
    public IEnumerable<KeyValuePair<string, string?>> FormValues(BredeIntake intake)
    {
        var inputKeys = Inputs.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);

        return Toon(intake)
            .Where(element => inputKeys.Contains(element.Field.Key))
            .Select(element => KeyValuePair.Create(element.Field.Key, FormText(element.Value)));
    }

    private static string? FormText(object? value) => value switch
    {
        null => null,
        bool flag => flag ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        string text => text,
        _ => throw new InvalidOperationException($"A value of type {value.GetType().Name} has no form text."),
    };
}
