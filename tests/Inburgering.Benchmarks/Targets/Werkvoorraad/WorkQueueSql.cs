using System.Text;
using Host.Abstractions;
using Npgsql;
using SampleHost.Work;

namespace Inburgering.Benchmarks.Targets.Werkvoorraad;

/// <summary>
/// Hand-written SQL for one werkvoorraad page on PostgreSQL: the open kinds for the kind filter and the page's rows,
/// with the same conditions, order and page size (one row more than a page) as <see cref="WorkQueue.ListAsync"/>.
/// </summary>
internal static class WorkQueueSql
{
    private const string KindsSql = """
        SELECT DISTINCT "Kind", "KindNl", "KindEn" FROM work_items WHERE "Gemeente" = @gemeente AND "ClosedAt" IS NULL
        """;

    private const string RowsSelect = """
        SELECT "Id", "DueDate", "Kind", "TaskNl", "TaskEn", "RecordId", "RecordScreenId", "AssignedTo", "ConcurrencyStamp"
        FROM work_items
        WHERE "Gemeente" = @gemeente AND "ClosedAt" IS NULL AND "Kind" = ANY(@kinds)
        """;

    /// <summary>Opens a connection with the gemeente set for row-level security, as SampleHost sets it.</summary>
    public static async Task<NpgsqlConnection> OpenAsync(string connectionString, string gemeente, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var tenant = new NpgsqlCommand($"SELECT set_config('{TenantRowSecurity.SettingName}', @gemeente, false)", connection);
        tenant.Parameters.AddWithValue("gemeente", gemeente);
        await tenant.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>Reads the open kinds and then the page's rows, and returns the number of rows read.</summary>
    public static async Task<int> ReadPageAsync(
        NpgsqlConnection connection, string gemeente, WorkQueueFilter filter, string userId, DateOnly today, CancellationToken cancellationToken)
    {
        var kinds = new List<string>();
        await using (var command = new NpgsqlCommand(KindsSql, connection))
        {
            command.Parameters.AddWithValue("gemeente", gemeente);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var kind = reader.GetString(0);
                if (filter.Kind is null || filter.Kind == kind)
                {
                    kinds.Add(kind);
                }
            }
        }

        await using var rows = PageCommand(connection, gemeente, filter, userId, today, kinds, explain: false);
        var count = 0;
        await using (var reader = await rows.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Returns the text of <c>EXPLAIN (ANALYZE, FORMAT TEXT)</c> for the page's row query.</summary>
    public static async Task<string> ExplainPageAsync(
        NpgsqlConnection connection, string gemeente, WorkQueueFilter filter, string userId, DateOnly today, IReadOnlyList<string> kinds, CancellationToken cancellationToken)
    {
        await using var command = PageCommand(connection, gemeente, filter, userId, today, kinds, explain: true);
        var plan = new StringBuilder();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            plan.AppendLine(reader.GetString(0));
        }

        return plan.ToString();
    }

    private static NpgsqlCommand PageCommand(
        NpgsqlConnection connection, string gemeente, WorkQueueFilter filter, string userId, DateOnly today, IReadOnlyList<string> kinds, bool explain)
    {
        var sql = new StringBuilder(explain ? "EXPLAIN (ANALYZE, FORMAT TEXT) " : string.Empty).Append(RowsSelect);
        var command = new NpgsqlCommand { Connection = connection };
        command.Parameters.AddWithValue("gemeente", gemeente);
        command.Parameters.AddWithValue("kinds", kinds.ToArray());

        switch (filter.Assignment)
        {
            case AssignmentFilter.Mine:
                sql.Append(""" AND "AssignedTo" = @user""");
                command.Parameters.AddWithValue("user", userId);
                break;
            case AssignmentFilter.Unassigned:
                sql.Append(""" AND "AssignedTo" IS NULL""");
                break;
        }

        switch (filter.Due)
        {
            case DueFilter.Overdue:
                sql.Append(""" AND "DueDate" < @today""");
                command.Parameters.AddWithValue("today", today);
                break;
            case DueFilter.Soon:
                sql.Append(""" AND "DueDate" >= @today AND "DueDate" <= @soon""");
                command.Parameters.AddWithValue("today", today);
                command.Parameters.AddWithValue("soon", today.AddDays(WorkQueueFilter.SoonDays));
                break;
        }

        if (filter.After is { } after)
        {
            sql.Append(""" AND ("DueDate" > @afterDue OR ("DueDate" = @afterDue AND "Id" > @afterId))""");
            command.Parameters.AddWithValue("afterDue", after.DueDate);
            command.Parameters.AddWithValue("afterId", after.Id);
        }

        sql.Append(""" ORDER BY "DueDate", "Id" LIMIT @limit""");
        command.Parameters.AddWithValue("limit", WorkQueue.PageSize + 1);
        command.CommandText = sql.ToString();
        return command;
    }
}
