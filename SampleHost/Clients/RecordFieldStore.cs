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

    /// <summary>
    /// Checks the submitted values of the fields the user may edit and stores them, or returns the errors and stores
    /// nothing. An empty value removes the stored one.
    /// </summary>
    public async Task<IReadOnlyList<FieldError>> SaveAsync(string recordType, string recordId, IReadOnlyDictionary<string, string?> submitted, CancellationToken cancellationToken)
    {
        var editable = Fields(recordType).Where(fieldAccess.CanEdit).ToList();
        var form = new ActionDefinition("fields", new("Opslaan", "Save"), editable, Security.HostPermissions.ClientsView);
        var (values, errors) = ActionInputValidator.Validate(form, submitted, user);
        if (errors.Count > 0)
        {
            return errors;
        }

        var gemeente = tenant.Required.Value;
        var keys = editable.Select(f => f.Key).ToList();
        var existing = await db.RecordFieldValues
            .Where(v => v.RecordType == recordType && v.RecordId == recordId && keys.Contains(v.Key))
            .ToDictionaryAsync(v => v.Key, cancellationToken);
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

        await db.SaveChangesAsync(cancellationToken);
        return [];
    }
}
