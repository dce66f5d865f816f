using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using SampleHost.Persistence;
using SampleHost.Plugins;
using SampleHost.Screens;
using SampleHost.Security;

namespace SampleHost.Clients;

/// <summary>Stores the values of the plugins' stored fields on host records, in the current gemeente.</summary>
internal sealed class RecordFieldStore(
    HostDbContext db,
    IEnumerable<IStoredFieldProvider> providers,
    PluginAvailability availability,
    ITenantContext tenant,
    ICurrentUser user,
    FieldAccess fieldAccess,
    TimeProvider clock) : IRecordFieldStore
{
    public async Task<string?> GetAsync(string recordType, string recordId, string key, CancellationToken cancellationToken)
    {
        var stored = await db.RecordFieldValues.AsNoTracking()
            .FirstOrDefaultAsync(v => v.RecordType == recordType && v.RecordId == recordId && v.Key == key, cancellationToken);
        return stored?.Value;
    }

    /// <summary>The stored fields of <paramref name="recordType"/> that plugins available in the gemeente declare.</summary>
    public IReadOnlyList<FieldDefinition> Fields(string recordType) =>
        [.. providers.Where(p => p.RecordType == recordType && availability.IsAvailable(p)).SelectMany(p => p.Fields)];

    /// <summary>Returns the stored values of one record, by key.</summary>
    public Task<Dictionary<string, string>> ValuesAsync(string recordType, string recordId, CancellationToken cancellationToken) =>
        db.RecordFieldValues.AsNoTracking()
            .Where(v => v.RecordType == recordType && v.RecordId == recordId)
            .ToDictionaryAsync(v => v.Key, v => v.Value, cancellationToken);

    /// <summary>Returns the version of the stored values of one record, which the record's form carries.</summary>
    public async Task<string> VersionAsync(string recordType, string recordId, CancellationToken cancellationToken)
    {
        var stored = await db.RecordFieldValues.AsNoTracking()
            .Where(v => v.RecordType == recordType && v.RecordId == recordId)
            .ToListAsync(cancellationToken);
        return ContentVersion.Of(stored.Select(v => (v.Key, v.Value, v.ChangedAt)));
    }

    /// <summary>
    /// Checks the submitted values of the fields the user may edit and stores them, or returns the errors and stores
    /// nothing. An empty value removes the stored one. When <paramref name="expectedVersion"/> is missing or the
    /// record's stored values have another version, the form was not based on the values stored now (someone saved in
    /// the meantime): nothing is stored and the result is a conflict.
    /// </summary>
    public async Task<FieldSaveResult> SaveAsync(
        string recordType,
        string recordId,
        IReadOnlyDictionary<string, string?> submitted,
        string? expectedVersion,
        CancellationToken cancellationToken)
    {
        var editable = Fields(recordType).Where(fieldAccess.CanEdit).ToList();
        var form = new ActionDefinition("fields", new("Opslaan", "Save"), editable, Security.HostPermissions.ClientsView);
        var (values, errors) = ActionInputValidator.Validate(form, submitted, user);
        if (errors.Count > 0)
        {
            return new FieldSaveResult(errors, false);
        }

        var gemeente = tenant.Required.Value;
        var existing = await db.RecordFieldValues
            .Where(v => v.RecordType == recordType && v.RecordId == recordId)
            .ToDictionaryAsync(v => v.Key, cancellationToken);
        if (expectedVersion != ContentVersion.Of(existing.Values.Select(v => (v.Key, v.Value, v.ChangedAt))))
        {
            return FieldSaveResult.Conflict;
        }

        foreach (var (key, value) in values)
        {
            existing.TryGetValue(key, out var record);
            if (value is null)
            {
                if (record is not null)
                {
                    db.RecordFieldValues.Remove(record);
                }

                continue;
            }

            if (record is null)
            {
                record = new RecordFieldValueRecord { Gemeente = gemeente, RecordType = recordType, RecordId = recordId, Key = key, Value = value, ChangedBy = user.UserId };
                db.RecordFieldValues.Add(record);
            }

            record.Value = value;
            record.ChangedAt = clock.GetUtcNow();
            record.ChangedBy = user.UserId;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another save changed or removed one of these rows after they were read above.
            return FieldSaveResult.Conflict;
        }

        return FieldSaveResult.Saved;
    }
}
