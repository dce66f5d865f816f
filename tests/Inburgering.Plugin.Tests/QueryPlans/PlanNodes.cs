using System.Text.Json;

namespace Inburgering.Plugin.Tests.QueryPlans;

/// <summary>One node of a PostgreSQL plan from <c>EXPLAIN (FORMAT JSON)</c>: its type, table and index.</summary>
internal sealed record PlanNode(string NodeType, string? Relation, string? Index)
{
    /// <summary>Returns every node of the plan in <paramref name="json"/>, the root first, including subplans.</summary>
    public static List<PlanNode> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var nodes = new List<PlanNode>();
        Collect(document.RootElement[0].GetProperty("Plan"), nodes);
        return nodes;
    }

    public override string ToString() => $"{NodeType} {Relation} {Index}".Trim();

    private static void Collect(JsonElement plan, List<PlanNode> nodes)
    {
        nodes.Add(new PlanNode(
            plan.GetProperty("Node Type").GetString()!,
            plan.TryGetProperty("Relation Name", out var relation) ? relation.GetString() : null,
            plan.TryGetProperty("Index Name", out var index) ? index.GetString() : null));

        if (plan.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                Collect(child, nodes);
            }
        }
    }
}
