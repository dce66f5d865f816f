using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SampleHost.Security.ApiClients;

namespace SampleHost.Persistence;

/// <summary>
/// Puts a row-level security policy by gemeente on every host table that the model filters by gemeente, so on
/// PostgreSQL the database itself keeps gemeenten apart, also for raw SQL and for a query without the filter.
/// </summary>
internal static class RowLevelSecurity
{
    /// <summary>The name of the policy that lets a connection bound to no gemeente read the API clients.</summary>
    public const string ApiKeyLookupPolicyName = "api_key_lookup";

    /// <summary>The property with the gemeentecode on every tenant entity.</summary>
    private const string GemeenteProperty = "Gemeente";

    /// <summary>Returns the schema-qualified tables the policies protect, with their gemeente column.</summary>
    public static IReadOnlyList<(string Schema, string Table, string Column)> TenantTables(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);

        return
        [
            .. model.GetEntityTypes()
                .Where(entity => entity.GetDeclaredQueryFilters().Count > 0 && entity.FindProperty(GemeenteProperty) is not null)
                .Select(entity =>
                {
                    var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
                    return (entity.GetSchema() ?? "public", table.Name, entity.FindProperty(GemeenteProperty)!.GetColumnName(table)!);
                })
                .OrderBy(t => t.Item2, StringComparer.Ordinal),
        ];
    }

    /// <summary>Creates or replaces the policies; does nothing on a database other than PostgreSQL.</summary>
    public static async Task ApplyAsync(HostDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        foreach (var (schema, table, column) in TenantTables(db.Model))
        {
            await db.Database.ExecuteSqlRawAsync(TenantRowSecurity.PostgreSqlPolicy(schema, table, column), cancellationToken);
        }

        await db.Database.ExecuteSqlRawAsync(ApiKeyLookupPolicy(db.Model), cancellationToken);
    }

    /// <summary>
    /// Returns the SQL of a second policy on <c>api_clients</c>: a connection bound to no gemeente may read it. An API
    /// key is looked up before its gemeente is known, and the table contains no personal data and only hashes of
    /// random secrets. Changes still need the gemeente policy.
    /// </summary>
    private static string ApiKeyLookupPolicy(IModel model)
    {
        var entity = model.FindEntityType(typeof(ApiClientRecord))!;
        var table = $"\"{entity.GetSchema() ?? "public"}\".\"{entity.GetTableName()}\"";

        return $"""
            DROP POLICY IF EXISTS {ApiKeyLookupPolicyName} ON {table};
            CREATE POLICY {ApiKeyLookupPolicyName} ON {table} FOR SELECT USING (coalesce(current_setting('{TenantRowSecurity.SettingName}', true), '') = '');
            """;
    }
}
