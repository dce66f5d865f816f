using System.Globalization;
using System.Text.RegularExpressions;

namespace Host.Abstractions;

/// <summary>
/// Row-level security by gemeente on PostgreSQL: the session setting that <see cref="ITenantDatabaseSession"/> sets,
/// and the policy that limits a table to the rows of that gemeente.
/// </summary>
public static partial class TenantRowSecurity
{
    /// <summary>The PostgreSQL setting with the current gemeentecode, empty outside a gemeente.</summary>
    public const string SettingName = "app.gemeente";

    /// <summary>The name of the policy on each protected table.</summary>
    public const string PolicyName = "gemeente_isolation";

    /// <summary>
    /// Returns the SQL that turns on row-level security for <paramref name="table"/>, also for its owner, with one
    /// policy: a row is visible and writable only when <paramref name="gemeenteColumn"/> equals
    /// <see cref="SettingName"/>. Running it again replaces the policy.
    /// </summary>
    /// <param name="schema">The table's schema, for example <c>public</c>.</param>
    /// <param name="table">The table's name.</param>
    /// <param name="gemeenteColumn">The column with the gemeentecode.</param>
    /// <exception cref="ArgumentException">A name is not made of letters, digits and underscores.</exception>
    public static string PostgreSqlPolicy(string schema, string table, string gemeenteColumn)
    {
        var qualified = $"{Quote(schema, nameof(schema))}.{Quote(table, nameof(table))}";
        var column = Quote(gemeenteColumn, nameof(gemeenteColumn));
        var condition = $"{column} = current_setting('{SettingName}', true)";

        return string.Create(CultureInfo.InvariantCulture, $"""
            ALTER TABLE {qualified} ENABLE ROW LEVEL SECURITY;
            ALTER TABLE {qualified} FORCE ROW LEVEL SECURITY;
            DROP POLICY IF EXISTS {PolicyName} ON {qualified};
            CREATE POLICY {PolicyName} ON {qualified} USING ({condition}) WITH CHECK ({condition});
            """);
    }

    /// <summary>
    /// Returns the SQL that turns on row-level security for <paramref name="table"/>, also for its owner, with one
    /// policy: a row is visible and writable when ANY of <paramref name="gemeenteColumns"/> equals
    /// <see cref="SettingName"/>. A table shared by two gemeenten, such as a handover from one to the other, uses it.
    /// Running it again replaces the policy.
    /// </summary>
    /// <param name="schema">The table's schema, for example <c>public</c>.</param>
    /// <param name="table">The table's name.</param>
    /// <param name="gemeenteColumns">The columns with a gemeentecode; at least one.</param>
    /// <exception cref="ArgumentException">No column is given, or a name is not made of letters, digits and underscores.</exception>
    public static string PostgreSqlPolicy(string schema, string table, params string[] gemeenteColumns)
    {
        ArgumentNullException.ThrowIfNull(gemeenteColumns);
        if (gemeenteColumns.Length == 0)
        {
            throw new ArgumentException("Name at least one column with a gemeentecode.", nameof(gemeenteColumns));
        }

        var qualified = $"{Quote(schema, nameof(schema))}.{Quote(table, nameof(table))}";
        var condition = string.Join(
            " OR ",
            gemeenteColumns.Select(column => $"{Quote(column, nameof(gemeenteColumns))} = current_setting('{SettingName}', true)"));

        return string.Create(CultureInfo.InvariantCulture, $"""
            ALTER TABLE {qualified} ENABLE ROW LEVEL SECURITY;
            ALTER TABLE {qualified} FORCE ROW LEVEL SECURITY;
            DROP POLICY IF EXISTS {PolicyName} ON {qualified};
            CREATE POLICY {PolicyName} ON {qualified} USING ({condition}) WITH CHECK ({condition});
            """);
    }

    private static string Quote(string name, string parameter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name, parameter);
        if (!Identifier().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a plain SQL identifier; use letters, digits and underscores only.", parameter);
        }

        return $"\"{name}\"";
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
