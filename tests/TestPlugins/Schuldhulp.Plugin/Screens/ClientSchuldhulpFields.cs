using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Schuldhulp.Plugin.Aanmeldingen;
using Schuldhulp.Plugin.Persistence;

namespace Schuldhulp.Plugin.Screens;

/// <summary>Whether and when a client applied for schuldhulp, on the host's client record.</summary>
internal sealed class ClientSchuldhulpFields(SchuldhulpDbContext db) : IRecordFieldProvider
{
    public string RecordType => HostRecordTypes.Client;

    public IReadOnlyList<FieldDefinition> Fields { get; } = [AanmeldingFields.ClientAangemeld, AanmeldingFields.ClientAanmelddatum];

    public async Task<IReadOnlyDictionary<string, object?>> GetValuesAsync(string recordId, CancellationToken cancellationToken)
    {
        var aanmelding = await db.Aanmeldingen
            .AsNoTracking()
            .FirstOrDefaultAsync(a => a.ClientId == recordId, cancellationToken);

        // "Not applied" is worth showing too, so a client without an aanmelding gets the value false.
        return new Dictionary<string, object?>
        {
            [AanmeldingFields.ClientAangemeld.Key] = aanmelding is not null,
            [AanmeldingFields.ClientAanmelddatum.Key] = aanmelding?.Aanmelddatum,
        };
    }
}
