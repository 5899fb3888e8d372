using System.Linq.Expressions;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Tasks;

namespace Crm.Modules.Tasking.Application.Statistics;

/// <summary>A tally in the reader's terms: the period counted, shown in the reader's zone, and the groups.</summary>
public sealed record Tallies<TKey>(DateTimeOffset From, DateTimeOffset To, DateTime FromUtc, DateTime ToUtc, LocalClock Clock, IReadOnlyList<KeyedTally<TKey>> Groups)
{
    /// <summary>Coarser groups (quarter hours into days, (result, reason) into results): tallies add up.</summary>
    public Tallies<TOther> Fold<TOther>(Func<TKey, TOther> into) => new(
        From, To, FromUtc, ToUtc, Clock,
        [.. Groups.GroupBy(g => into(g.Key)).Select(g => new KeyedTally<TOther>(g.Key, g.Aggregate(TaskTally.Zero, (sum, x) => sum.Plus(x.Tally))))]);
}

/// <summary>Runs a statistics query for the signed-in employee: their period, their visibility, their clock.</summary>
public sealed class StatisticsReader(ITaskStatisticsReader reader, StaffMember me)
{
    public async Task<Tallies<TKey>> TallyAsync<TKey>(StatisticsScope scope, Expression<Func<WorkTask, TKey>> key, CancellationToken cancellationToken)
    {
        var clock = await me.ClockAsync(cancellationToken);
        var audience = await me.AudienceAsync(cancellationToken);
        var (fromUtc, toUtc) = scope.Period(clock.NowUtc);
        var groups = await reader.TallyAsync(scope.Spec(audience, fromUtc, toUtc), key, clock.NowUtc, cancellationToken);
        return new Tallies<TKey>(clock.Show(fromUtc), clock.Show(toUtc), fromUtc, toUtc, clock, groups);
    }
}

/// <summary>A chart's data: the period counted (in the reader's zone) and one row per group.</summary>
public sealed record StatisticsReport(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<StatisticsRow> Rows)
{
    /// <summary>For rows per day: the zone the days are counted in.</summary>
    public string? TimeZone { get; init; }

    public static StatisticsReport Of<TKey>(Tallies<TKey> tallies, IEnumerable<StatisticsRow> rows) =>
        new(tallies.From, tallies.To, [.. rows]);

    /// <summary>Biggest groups first, as bar charts read best.</summary>
    public static StatisticsReport Ranked<TKey>(Tallies<TKey> tallies, Func<TKey, (string Key, string Label)> name) =>
        Of(tallies, tallies.Groups.Select(g => (Name: name(g.Key), g.Tally))
            .OrderByDescending(g => g.Tally.Total).ThenBy(g => g.Name.Label, StringComparer.Ordinal)
            .Select(g => new StatisticsRow(g.Name.Key, g.Name.Label, g.Tally.ToCounts())));
}
