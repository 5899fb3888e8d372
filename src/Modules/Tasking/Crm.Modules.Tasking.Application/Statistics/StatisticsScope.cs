using Ardalis.Specification;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Domain.TaskTypes;
using FluentValidation;

namespace Crm.Modules.Tasking.Application.Statistics;

/// <summary>
/// Which tasks a statistics query counts: created in [from, to) (by default the 30 days up to now), optionally one
/// process's or one type's, and only those the reader may see (all of them for the main administrator).
/// </summary>
public sealed record StatisticsScope(DateTimeOffset? From, DateTimeOffset? To, Guid? ProcessId, Guid? TypeId)
{
    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(30);
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(366);

    public (DateTime FromUtc, DateTime ToUtc) Period(DateTime nowUtc)
    {
        // By default up to the next whole minute, so a task created this very moment counts.
        var to = To?.UtcDateTime ?? (From is { } from ? Moments.Plus(from.UtcDateTime, DefaultPeriod) : NextMinute(nowUtc));
        return (From?.UtcDateTime ?? Moments.Plus(to, -DefaultPeriod), to);
    }

    private static DateTime NextMinute(DateTime utc) => new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Utc).AddMinutes(1);

    public StatisticsSpec Spec(TaskAudience audience, DateTime fromUtc, DateTime toUtc) => new(this, audience, fromUtc, toUtc);
}

/// <summary>The tasks a scope counts, as a specification the statistics reader groups.</summary>
public sealed class StatisticsSpec : Specification<WorkTask>
{
    public StatisticsSpec(StatisticsScope scope, TaskAudience audience, DateTime fromUtc, DateTime toUtc)
    {
        var type = new TaskTypeId(scope.TypeId ?? Guid.Empty);
        Query.Where(t => t.CreatedAtUtc >= fromUtc && t.CreatedAtUtc < toUtc)
            .Where(t => t.Process!.DefinitionId == scope.ProcessId, scope.ProcessId is not null)
            .Where(t => t.TypeId == type, scope.TypeId is not null)
            .Where(audience.CanSee(), !audience.IsAdministrator);
    }
}

/// <summary>Every statistics query carries a scope: the period must run forwards and span at most a year.</summary>
public interface IStatisticsQuery
{
    StatisticsScope Scope { get; }
}

internal abstract class StatisticsQueryValidator<T> : AbstractValidator<T>
    where T : IStatisticsQuery
{
    protected StatisticsQueryValidator()
    {
        RuleFor(q => q.Scope.To).Must((q, to) => to is null || q.Scope.From is null || to > q.Scope.From)
            .WithMessage("'to' must be after 'from'.").OverridePropertyName("to");
        RuleFor(q => q.Scope.To).Must((q, to) => to is null || q.Scope.From is null || to - q.Scope.From <= StatisticsScope.MaxPeriod)
            .WithMessage("A period spans at most 366 days.").OverridePropertyName("to");
    }
}
