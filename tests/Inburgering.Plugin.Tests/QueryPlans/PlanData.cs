using System.Globalization;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Inburgering.Plugin.Tests.QueryPlans;

/// <summary>
/// Fills PostgreSQL tables fast for query-plan checks: one template row written through EF Core is copied
/// <c>count</c> times by one <c>INSERT ... SELECT</c> over <c>generate_series</c>, with SQL expressions in place of the
/// columns that must differ per row (the series number is <c>g</c>, the template row is <c>t</c>).
/// </summary>
internal static class PlanData
{
    /// <summary>Returns the SQL of a uuid that is the same for the same <paramref name="prefix"/> and series expression.</summary>
    public static string Uuid(string prefix, string number) => $"md5('{prefix}' || ({number})::text)::uuid";

    /// <summary>Copies the row <paramref name="templateId"/> of <typeparamref name="TEntity"/>'s table <paramref name="count"/> times.</summary>
    public static async Task CopyAsync<TEntity>(InburgeringDbContext db, Guid templateId, int count, IReadOnlyDictionary<string, string> overrides)
    {
        var entityType = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties().Select(p => p.GetColumnName(table)!).ToList();
        var unknown = overrides.Keys.Except(columns, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"The table {table.Name} has no column {string.Join(", ", unknown)}.", nameof(overrides));
        }

        var name = table.Schema is null ? $"\"{table.Name}\"" : $"\"{table.Schema}\".\"{table.Name}\"";
        var values = columns.Select(c => overrides.TryGetValue(c, out var expression) ? expression : $"t.\"{c}\"");
        var sql = string.Create(
            CultureInfo.InvariantCulture,
            $"""
            INSERT INTO {name} ({string.Join(", ", columns.Select(c => $"\"{c}\""))})
            SELECT {string.Join(", ", values)}
            FROM {name} t CROSS JOIN generate_series(1, {count}) g
            WHERE t."id" = '{templateId}'
            """);

        var inserted = await db.Database.ExecuteSqlRawAsync(sql);
        if (inserted != count)
        {
            throw new InvalidOperationException($"Copying the template row of {table.Name} inserted {inserted} rows, not {count}.");
        }
    }
}
