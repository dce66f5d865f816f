namespace Host.Abstractions;

/// <summary>
/// Adds computed fields to a host record, such as the inburgering status on the host's client page.
/// Register implementations as <see cref="IRecordFieldProvider"/> services.
/// </summary>
public interface IRecordFieldProvider
{
    /// <summary>The host record type the fields belong to, one of <see cref="HostRecordTypes"/>.</summary>
    string RecordType { get; }

    /// <summary>The fields, in the order the host shows them.</summary>
    IReadOnlyList<FieldDefinition> Fields { get; }

    /// <summary>Returns the values of <see cref="Fields"/> for one record of the current gemeente.</summary>
    /// <param name="recordId">The host's id of the record.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>
    /// The values by field key; a missing key means no value. Returns an empty dictionary when the plugin has
    /// nothing for this record.
    /// </returns>
    Task<IReadOnlyDictionary<string, object?>> GetValuesAsync(string recordId, CancellationToken cancellationToken);
}

/// <summary>The host record types that plugins can add fields to.</summary>
public static class HostRecordTypes
{
    /// <summary>The host's client (klant), identified by the host's client id.</summary>
    public const string Client = "client";
}
