using Crm.Modules.Tasking.Application.Statistics;
using Crm.Modules.Tasking.Application.Statistics.GetBreakdown;
using Crm.Modules.Tasking.Application.Statistics.GetByDay;
using Crm.Modules.Tasking.Application.Statistics.GetResults;
using Crm.Modules.Tasking.Application.Statistics.GetSummary;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Tasking.Infrastructure.Api;

/// <summary>
/// /api/tasking/statistics: figures over the tasks created in [from, to) (default: the last 30 days), optionally of
/// one process or type, as JSON for charts. The main administrator counts every task; others the tasks they may see.
/// </summary>
internal static class StatisticsEndpoints
{
// camelCase on purpose: these are query-string names
    internal sealed record ScopeRequest(DateTimeOffset? from = null, DateTimeOffset? to = null, Guid? processId = null, Guid? typeId = null)
    {
        public StatisticsScope ToScope() => new(from, to, processId, typeId);
    }

    public static void MapStatisticsEndpoints(this IEndpointRouteBuilder group)
    {
        var statistics = group.MapGroup("/statistics").WithTags("Statistics");
        statistics.MapGet("/summary", async ([AsParameters] ScopeRequest scope, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetStatisticsSummaryQuery(scope.ToScope()), ct)))
            .WithName("GetStatisticsSummary").WithSummary("Totals: open, closed, overdue, on-time share, average times to take and complete");
        statistics.MapGet("/by-day", async ([AsParameters] ScopeRequest scope, IMediator mediator, CancellationToken ct, string? timeZone = null) =>
                TypedResults.Ok(await mediator.Send(new GetStatisticsByDayQuery(scope.ToScope(), timeZone), ct)))
            .WithName("GetStatisticsByDay").WithSummary("Per day of creation in a time zone (default: mine), every day of the period");
        MapBreakdown(statistics, "/by-manager", StatisticsGrouping.Manager, "Per manager (the employee holding the task)");
        MapBreakdown(statistics, "/by-process", StatisticsGrouping.Process, "Per process");
        MapBreakdown(statistics, "/by-manager-and-process", StatisticsGrouping.ManagerAndProcess, "Per manager and process");
        MapBreakdown(statistics, "/by-status", StatisticsGrouping.Status, "Per status");
        MapBreakdown(statistics, "/by-type", StatisticsGrouping.Type, "Per task type");
        statistics.MapGet("/results", async ([AsParameters] ScopeRequest scope, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetResultStatisticsQuery(scope.ToScope()), ct)))
            .WithName("GetResultStatistics").WithSummary("Counts per result and per refusal reason");
    }

    private static void MapBreakdown(RouteGroupBuilder statistics, string pattern, StatisticsGrouping by, string summary) =>
        statistics.MapGet(pattern, async ([AsParameters] ScopeRequest scope, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetStatisticsBreakdownQuery(scope.ToScope(), by), ct)))
            .WithName("GetStatistics" + by).WithSummary(summary).Produces<StatisticsReport>(StatusCodes.Status200OK);
}
