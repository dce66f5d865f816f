using Host.Abstractions;

namespace SampleHost.Persistence;

/// <summary>The outcome of storing a form of field values: stored, invalid with the errors, or rejected because the values changed since the form was opened.</summary>
internal sealed record FieldSaveResult(IReadOnlyList<FieldError> Errors, bool IsConflict)
{
    public static FieldSaveResult Saved { get; } = new([], false);

    public static FieldSaveResult Conflict { get; } = new([], true);

    public bool Succeeded => Errors.Count == 0 && !IsConflict;
}
