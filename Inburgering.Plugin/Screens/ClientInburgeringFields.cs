using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Screens;

/// <summary>The inburgering status on the host's client record, from the client's dossier in the current gemeente.</summary>
internal sealed class ClientInburgeringFields(InburgeringDbContext db) : IRecordFieldProvider
{
    public string RecordType => HostRecordTypes.Client;

    public IReadOnlyList<FieldDefinition> Fields { get; } =
    [
        DossierFields.Inburgeringsplichtig with { ViewPermission = InburgeringPermissions.StatusView },
        DossierFields.Doelgroep with { ViewPermission = InburgeringPermissions.StatusView },
        DossierFields.Status with { ViewPermission = InburgeringPermissions.StatusView },
        DossierFields.Koppeldatum with { ViewPermission = InburgeringPermissions.StatusView },
    ];

    public async Task<IReadOnlyDictionary<string, object?>> GetValuesAsync(string recordId, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers
            .AsNoTracking()
            .Where(d => d.ClientId == recordId)
            .OrderByDescending(d => d.GeregistreerdOp)
            .FirstOrDefaultAsync(cancellationToken);

        if (dossier is null)
        {
            return new Dictionary<string, object?>();
        }

        // A restricted dossier is not shared: the client page shows that it is restricted and nothing else.
        if (dossier.IsBeperkt)
        {
            return new Dictionary<string, object?> { [DossierFields.Status.Key] = DossierFields.BeperktStatusCode };
        }

        return new Dictionary<string, object?>
        {
            [DossierFields.Inburgeringsplichtig.Key] = dossier.Inburgeringsplichtig,
            [DossierFields.Doelgroep.Key] = dossier.Doelgroep.ToString(),
            [DossierFields.Status.Key] = dossier.Status.ToString(),
            [DossierFields.Koppeldatum.Key] = dossier.Koppeldatum,
        };
    }
}
