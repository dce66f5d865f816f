using Host.Abstractions;

namespace Inburgering.Plugin.Begeleiding;

/// <summary>Reads a moment from a date input and a time input (<c>HH:mm</c>, Amsterdam time) of an action's form.</summary>
internal static class MomentInput
{
    /// <summary>Returns the UTC moment, or the errors that name the date or the time input.</summary>
    public static (DateTimeOffset? Moment, IReadOnlyList<FieldError> Errors) Read(ActionRequest request, FieldDefinition dateField, FieldDefinition timeField)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(timeField);

        var (date, dateError) = DateInput.Read(request, dateField, required: true);
        if (date is null)
        {
            return (null, [dateError!]);
        }

        var (moment, timeError) = AmsterdamMoment.Parse(date.Value, request.Value(timeField.Key));
        if (moment is null)
        {
            return (null, [new FieldError(timeField.Key, timeError!)]);
        }

        return (moment, []);
    }
}
