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
        // One pass over the tasks: grouped by (result, reason), then folded each way.
        var both = await statistics.TallyAsync(query.Scope, t => new { t.ResultCode, t.ResultReason }, cancellationToken);
        return new ResultStatistics(both.From, both.To, Given(both, g => g.ResultCode), Given(both, g => g.ResultReason));
    }

    private static IReadOnlyList<StatisticsRow> Given<TKey>(Tallies<TKey> tallies, Func<TKey, string?> part) =>
        StatisticsReport.Ranked(tallies.Fold(part), key => (key ?? string.Empty, key ?? string.Empty)).Rows.Where(r => r.Key.Length > 0).ToList();
}
