using Crm.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Crm.Modules.Tasking.Application.Statistics.GetResults;

/// <summary>How the scope's tasks ended: per result code, and per refusal reason given (open tasks have neither).</summary>
public sealed record GetResultStatisticsQuery(StatisticsScope Scope) : IQuery<ResultStatistics>, IStatisticsQuery;

public sealed record ResultStatistics(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<StatisticsRow> Results, IReadOnlyList<StatisticsRow> Reasons);

internal sealed class GetResultStatisticsValidator : StatisticsQueryValidator<GetResultStatisticsQuery>;

internal sealed class GetResultStatisticsHandler(StatisticsReader statistics) : IRequestHandler<GetResultStatisticsQuery, ResultStatistics>
{
    public async Task<ResultStatistics> Handle(GetResultStatisticsQuery query, CancellationToken cancellationToken)
    {
        var results = await statistics.TallyAsync(query.Scope, t => t.ResultCode, cancellationToken);
        var reasons = await statistics.TallyAsync(query.Scope, t => t.ResultReason, cancellationToken);
        return new ResultStatistics(results.From, results.To, Given(results), Given(reasons));
    }

    private static IReadOnlyList<StatisticsRow> Given(Tallies<string?> tallies) =>
        StatisticsReport.Ranked(tallies, key => (key ?? string.Empty, key ?? string.Empty)).Rows.Where(r => r.Key.Length > 0).ToList();
}
