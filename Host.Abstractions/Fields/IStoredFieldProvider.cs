namespace Host.Abstractions;

/// <summary>
/// Adds fields to a host record whose values the host stores, per gemeente and record: it shows them on the record's
/// page, lets users with the field's <see cref="FieldDefinition.EditPermission"/> change them after checking each value
/// against its definition, and records every change in the processing log. Register implementations as
/// <see cref="IStoredFieldProvider"/> services.
/// </summary>
public interface IStoredFieldProvider
{
    /// <summary>The host record type the fields belong to, one of <see cref="HostRecordTypes"/>.</summary>
    string RecordType { get; }

    /// <summary>The fields, in the order the host shows them; each key is prefixed with the plugin id.</summary>
    IReadOnlyList<FieldDefinition> Fields { get; }
}

/// <summary>The values of stored fields, as plugins read them, in the current gemeente.</summary>
public interface IRecordFieldStore
{
    /// <summary>Returns the stored value, or <see langword="null"/> when none was entered.</summary>
    /// <param name="recordType">One of <see cref="HostRecordTypes"/>.</param>
    /// <param name="recordId">The host's id of the record.</param>
    /// <param name="key">The key of a field an <see cref="IStoredFieldProvider"/> declares.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<string?> GetAsync(string recordType, string recordId, string key, CancellationToken cancellationToken);
}
