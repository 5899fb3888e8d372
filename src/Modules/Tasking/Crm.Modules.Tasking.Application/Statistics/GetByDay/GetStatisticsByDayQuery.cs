using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Tasking.Domain.Staff;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Tasking.Application.Statistics.GetByDay;

/// <summary>
/// The scope's figures per day of creation, counted in <see cref="TimeZone"/> (an IANA id; the reader's own zone by
/// default): every day of the period has a row, empty or not, so a line chart needs no gaps filled.
/// </summary>
public sealed record GetStatisticsByDayQuery(StatisticsScope Scope, string? TimeZone) : IQuery<StatisticsReport>, IStatisticsQuery;

internal sealed class GetStatisticsByDayValidator : StatisticsQueryValidator<GetStatisticsByDayQuery>
{
    public GetStatisticsByDayValidator() =>
        RuleFor(q => q.TimeZone).Must(zone => zone is null || EmployeeTimeZone.IsKnown(zone))
            .WithMessage("Use an IANA time zone such as Europe/Lisbon.").OverridePropertyName("timeZone");
}

internal sealed class GetStatisticsByDayHandler(StatisticsReader statistics) : IRequestHandler<GetStatisticsByDayQuery, StatisticsReport>
{
    public async Task<StatisticsReport> Handle(GetStatisticsByDayQuery query, CancellationToken cancellationToken)
    {
        // The database groups by quarter hour (every zone's offset is a multiple of 15 minutes); days are folded here.
        var tallies = await statistics.TallyAsync(
            query.Scope, t => (long)(StatisticsFunctions.EpochSeconds(t.CreatedAtUtc) ?? 0) / StatisticsFunctions.QuarterHour, cancellationToken);
        var zone = query.TimeZone is { } id ? EmployeeTimeZone.From(id).Info : TimeZoneInfo.FindSystemTimeZoneById(tallies.Clock.ZoneId);
        var byDay = tallies.Fold(bucket => Day(zone, DateTime.UnixEpoch.AddSeconds(bucket * StatisticsFunctions.QuarterHour)))
            .Groups.ToDictionary(d => d.Key, d => d.Tally);
        var rows = Days(Day(zone, tallies.FromUtc), Day(zone, tallies.ToUtc.AddTicks(-1)))
            .Select(day => new StatisticsRow(day.ToString("yyyy-MM-dd"), day.ToString("d MMM yyyy"), byDay.GetValueOrDefault(day, TaskTally.Zero).ToCounts()));
        return StatisticsReport.Of(tallies, rows) with { TimeZone = zone.Id };
    }

    private static DateOnly Day(TimeZoneInfo zone, DateTime utc) => DateOnly.FromDateTime(Crm.BuildingBlocks.Application.Security.ReaderTimeZone.ShowIn(zone, utc).DateTime);

    private static IEnumerable<DateOnly> Days(DateOnly first, DateOnly last)
    {
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            yield return day;
            if (day == DateOnly.MaxValue)
            {
                yield break; // 9999-12-31 has no next day
            }
        }
    }
}
