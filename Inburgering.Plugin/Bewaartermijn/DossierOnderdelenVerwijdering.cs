using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Uren;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Inburgering.Plugin.Bewaartermijn;

/// <summary>
/// Deletes the parts of anonymised dossiers: every row of every plugin table with a <c>DossierId</c>, such as the brede
/// intake with its health notes, PIP versions, conversations and DUO signals with their BSN. Only the hours stay,
/// because they contain no personal data beyond the dossier id and feed the figures.
/// </summary>
internal static class DossierOnderdelenVerwijdering
{
    private static readonly Type[] s_bewaard = [typeof(Dossier), typeof(Urenregel)];

    /// <summary>Deletes the parts of the dossiers with <paramref name="dossierIds"/> in the current gemeente and returns the rows deleted.</summary>
    public static async Task<int> VerwijderAsync(InburgeringDbContext db, IReadOnlyCollection<Guid> dossierIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(dossierIds);

        var deleted = 0;
        foreach (var entityType in OnderdeelTypes(db.Model))
        {
            var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var column = entityType.FindProperty("DossierId")!.GetColumnName(table)!;
            var qualified = entityType.GetSchema() is { } schema ? $"\"{schema}\".\"{table.Name}\"" : $"\"{table.Name}\"";
            foreach (var dossierId in dossierIds)
            {
#pragma warning disable EF1002 // The table and column names come from the model, never from input.
                deleted += await db.Database.ExecuteSqlRawAsync($"DELETE FROM {qualified} WHERE \"{column}\" = {{0}}", [dossierId], cancellationToken);
#pragma warning restore EF1002
            }
        }

        return deleted;
    }

    private static IEnumerable<IEntityType> OnderdeelTypes(IModel model) =>
        model.GetEntityTypes().Where(e => !s_bewaard.Contains(e.ClrType) && e.FindProperty("DossierId") is not null);
}
