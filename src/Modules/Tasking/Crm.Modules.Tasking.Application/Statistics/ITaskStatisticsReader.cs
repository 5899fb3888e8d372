using System.Linq.Expressions;
using Ardalis.Specification;
using Crm.Modules.Tasking.Domain.Tasks;

namespace Crm.Modules.Tasking.Application.Statistics;

/// <summary>Groups the tasks of <c>scope</c> by <c>key</c> and tallies each group in the database, in one query.</summary>
public interface ITaskStatisticsReader
{
    Task<IReadOnlyList<KeyedTally<TKey>>> TallyAsync<TKey>(
        ISpecification<WorkTask> scope, Expression<Func<WorkTask, TKey>> key, DateTime nowUtc, CancellationToken cancellationToken);
}

/// <summary>SQL functions for statistics queries, translated per provider by the Infrastructure; never called in memory.</summary>
public static class StatisticsFunctions
{
    /// <summary>Whole seconds since 1970-01-01 UTC: durations and time buckets on both providers.</summary>
    public static double? EpochSeconds(DateTime? moment) => throw new NotSupportedException("Only for database queries.");

    public const int QuarterHour = 900;
}
