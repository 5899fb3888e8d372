using Crm.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Crm.Modules.Tasking.Application.Statistics.GetSummary;

/// <summary>Totals of the scope: open, closed, overdue, on-time share, average times to take and to complete.</summary>
public sealed record GetStatisticsSummaryQuery(StatisticsScope Scope) : IQuery<StatisticsSummary>, IStatisticsQuery;

public sealed record StatisticsSummary(DateTimeOffset From, DateTimeOffset To, TaskCounts Counts);

internal sealed class GetStatisticsSummaryValidator : StatisticsQueryValidator<GetStatisticsSummaryQuery>;

internal sealed class GetStatisticsSummaryHandler(StatisticsReader statistics) : IRequestHandler<GetStatisticsSummaryQuery, StatisticsSummary>
{
    public async Task<StatisticsSummary> Handle(GetStatisticsSummaryQuery query, CancellationToken cancellationToken)
    {
        var tallies = await statistics.TallyAsync(query.Scope, t => 1, cancellationToken);
        var total = tallies.Fold(_ => 0).Groups.SingleOrDefault()?.Tally ?? TaskTally.Zero;
        return new StatisticsSummary(tallies.From, tallies.To, total.ToCounts());
    }
}
