namespace Crm.Modules.Tasking.Application.Statistics;

/// <summary>
/// What the database adds up for a group of tasks: counts, and sums of seconds for the averages. Tallies add up,
/// so quarter-hour groups fold into days of any time zone.
/// </summary>
public sealed record TaskTally(
    int Total,
    int Open,
    int Closed,
    int Overdue,
    int Done,
    int DoneWithDeadline,
    int DoneOnTime,
    int Taken,
    double? SecondsToTake,
    double? SecondsToComplete)
{
    public static readonly TaskTally Zero = new(0, 0, 0, 0, 0, 0, 0, 0, null, null);

    public TaskTally Plus(TaskTally other) => new(
        Total + other.Total, Open + other.Open, Closed + other.Closed, Overdue + other.Overdue, Done + other.Done,
        DoneWithDeadline + other.DoneWithDeadline, DoneOnTime + other.DoneOnTime, Taken + other.Taken,
        Add(SecondsToTake, other.SecondsToTake), Add(SecondsToComplete, other.SecondsToComplete));

    public TaskCounts ToCounts() => new(
        Total, Open, Closed, Overdue, DoneOnTime, DoneWithDeadline,
        DoneWithDeadline == 0 ? null : Math.Round((double)DoneOnTime / DoneWithDeadline, 4),
        Average(SecondsToTake, Taken), Average(SecondsToComplete, Done));

    private static double? Add(double? a, double? b) => a is null && b is null ? null : (a ?? 0) + (b ?? 0);

    private static double? Average(double? sum, int count) => count == 0 || sum is null ? null : Math.Round(sum.Value / count, 1);
}

/// <summary>
/// A group's figures as charts show them. Open = New, In progress, Postponed; closed = Done or Cancelled; overdue =
/// open past its deadline (the due time, else the timeout moment); on time = done by that deadline, as a share of
/// the done tasks that had one. Averages in seconds, from creation: to being taken, and to being done.
/// </summary>
public sealed record TaskCounts(
    int Total,
    int Open,
    int Closed,
    int Overdue,
    int OnTime,
    int DoneWithDeadline,
    double? OnTimeShare,
    double? AverageSecondsToTake,
    double? AverageSecondsToComplete);

/// <summary>One bar (or point) of a chart: a key to filter by, a label to show, and the figures.</summary>
public sealed record StatisticsRow(string Key, string Label, TaskCounts Counts);

/// <summary>A tally per key, as the database groups it.</summary>
public sealed record KeyedTally<TKey>(TKey Key, TaskTally Tally);
