using Microsoft.AspNetCore.Http.HttpResults;
using SampleHost.Security;
using SampleHost.Work;

namespace SampleHost.Api;

/// <summary>
/// The werkvoorraad as JSON: <c>GET /api/werkvoorraad</c> with the query parameters of the HTML page
/// (<c>soort</c>, <c>toewijzing</c>, <c>termijn</c>, <c>na</c>) and the same gemeente filter and plugin availability.
/// </summary>
internal static class WorkQueueApi
{
    public static void MapWorkQueueApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/werkvoorraad", ListAsync)
            .WithTags("Werkvoorraad")
            .WithMetadata(new RequiresPermissionAttribute(HostPermissions.WorkQueueView));
    }

    private static async Task<Ok<WorkQueueDto>> ListAsync(HttpRequest request, WorkQueue queue, CancellationToken cancellationToken)
    {
        var page = await queue.ListAsync(WorkQueueFilter.Read(request.Query), cancellationToken);

        return TypedResults.Ok(new WorkQueueDto(
            [.. page.Rows.Select(row => new WorkQueueItemDto(
                row.Id,
                row.DueDate,
                row.IsOverdue,
                row.Kind.Kind,
                new TextDto(row.Task.Nl, row.Task.En),
                row.RecordUrl,
                row.AssignedTo,
                row.AssignedToName,
                row.ConcurrencyStamp))],
            [.. page.Kinds.Select(k => new WorkQueueKindDto(k.Kind, new TextDto(k.Name.Nl, k.Name.En)))],
            page.Next?.ToString()));
    }
}

/// <summary>One page of the werkvoorraad.</summary>
/// <param name="Items">The open tasks, the earliest due first.</param>
/// <param name="Kinds">The kinds with open tasks, for the <c>soort</c> parameter.</param>
/// <param name="Next">The value of <c>na</c> for the next page, or <see langword="null"/> on the last page.</param>
internal sealed record WorkQueueDto(IReadOnlyList<WorkQueueItemDto> Items, IReadOnlyList<WorkQueueKindDto> Kinds, string? Next);

/// <summary>One open task.</summary>
internal sealed record WorkQueueItemDto(
    Guid Id,
    DateOnly DueDate,
    bool Overdue,
    string Kind,
    TextDto Task,
    string? Href,
    string? AssignedTo,
    string? AssignedToName,
    Guid ConcurrencyStamp);

/// <summary>A kind of task with its name.</summary>
internal sealed record WorkQueueKindDto(string Kind, TextDto Name);
