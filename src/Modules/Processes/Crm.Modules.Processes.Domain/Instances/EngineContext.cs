using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Expressions;

namespace Crm.Modules.Processes.Domain.Instances;

/// <summary>What a step may know: the time, the object's facts (as Processes last heard them) and retry settings.</summary>
public sealed class EngineContext(DateTime nowUtc, IReadOnlyDictionary<string, FactValue> facts, EngineSettings settings)
{
    public DateTime NowUtc { get; } = nowUtc;

    public IReadOnlyDictionary<string, FactValue> Facts { get; } = facts;

    public EngineSettings Settings { get; } = settings;
}

/// <summary>How actions are retried before an incident is raised.</summary>
public sealed record EngineSettings
{
    public int ActionAttempts { get; init; } = 3;

    public TimeSpan ActionRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A module that never answers counts as a failed attempt after this long.</summary>
    public TimeSpan ActionTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How many steps one trigger may take before the instance is stopped as looping.</summary>
    public int MaxStepsPerTrigger { get; init; } = 1000;

    public TimeSpan RetryDelayAfter(int attempts) => ActionRetryDelay * Math.Pow(2, Math.Max(0, attempts - 1));
}

/// <summary>Facts of the object plus the instance's counters (<c>counter.name</c>) for conditions.</summary>
internal sealed class InstanceFacts(EngineContext context, IReadOnlyDictionary<string, decimal> counters) : IFactSource
{
    public DateTime NowUtc => context.NowUtc;

    public FactValue Get(string name)
    {
        if (name.StartsWith("counter.", StringComparison.OrdinalIgnoreCase))
        {
            return counters.TryGetValue(name[8..].ToLowerInvariant(), out var value) ? FactValue.Of(value) : FactValue.Of(0m);
        }

        return context.Facts.TryGetValue(name.ToLowerInvariant(), out var fact) ? fact : FactValue.Null;
    }
}

/// <summary>Working hours: when a process's tasks and actions may start.</summary>
public static class ScheduleExtensions
{
    /// <summary>Null when <paramref name="nowUtc"/> is inside the schedule, else the next moment it opens.</summary>
    public static DateTime? NextOpening(this WorkingSchedule? schedule, DateTime nowUtc)
    {
        if (schedule is null)
        {
            return null;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone);
        var local = TimeZoneInfo.ConvertTimeFromUtc(nowUtc, zone);
        for (var day = 0; day <= 7; day++)
        {
            var date = DateOnly.FromDateTime(local).AddDays(day);
            if (!schedule.Days.Contains(date.DayOfWeek))
            {
                continue;
            }

            var opens = date.ToDateTime(schedule.From);
            var closes = date.ToDateTime(schedule.To);
            if (day == 0 && local >= opens && local < closes)
            {
                return null;
            }

            if (opens > local)
            {
                return TimeZoneInfo.ConvertTimeToUtc(opens, zone);
            }
        }

        return null;
    }
}
