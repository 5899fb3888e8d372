using System.Linq.Expressions;
using Ardalis.Specification;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.Tasking.Application.Statistics;
using Crm.Modules.Tasking.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.Modules.Tasking.Infrastructure.Persistence;

/// <summary>
/// One <c>GROUP BY</c> with conditional counts and sums (<c>COUNT(CASE …)</c>, <c>SUM(…)</c>): the database reads the
/// scope's rows once and sends back a row per group.
/// </summary>
internal sealed class TaskStatisticsReader(TaskingDbContext db) : ITaskStatisticsReader
{
    public async Task<IReadOnlyList<KeyedTally<TKey>>> TallyAsync<TKey>(
        ISpecification<WorkTask> scope, Expression<Func<WorkTask, TKey>> key, DateTime nowUtc, CancellationToken cancellationToken) =>
        await SpecificationEvaluator.Default.GetQuery(db.Tasks, scope)
            .GroupBy(key)
            .Select(g => new KeyedTally<TKey>(g.Key, new TaskTally(
                g.Count(),
                g.Count(t => t.Status == WorkTaskStatus.New || t.Status == WorkTaskStatus.InProgress || t.Status == WorkTaskStatus.Postponed),
                g.Count(t => t.Status == WorkTaskStatus.Done || t.Status == WorkTaskStatus.Cancelled),
                g.Count(t => (t.Status == WorkTaskStatus.New || t.Status == WorkTaskStatus.InProgress || t.Status == WorkTaskStatus.Postponed)
                    && (t.DueAtUtc ?? t.TimeoutAtUtc) < nowUtc),
                g.Count(t => t.Status == WorkTaskStatus.Done),
                g.Count(t => t.Status == WorkTaskStatus.Done && (t.DueAtUtc ?? t.TimeoutAtUtc) != null),
                g.Count(t => t.Status == WorkTaskStatus.Done && t.CompletedAtUtc <= (t.DueAtUtc ?? t.TimeoutAtUtc)),
                g.Count(t => t.TakenAtUtc != null),
                g.Sum(t => StatisticsFunctions.EpochSeconds(t.TakenAtUtc) - StatisticsFunctions.EpochSeconds(t.CreatedAtUtc)),
                g.Sum(t => t.Status == WorkTaskStatus.Done ? StatisticsFunctions.EpochSeconds(t.CompletedAtUtc) - StatisticsFunctions.EpochSeconds(t.CreatedAtUtc) : null))))
            .ToListAsync(cancellationToken);
}

/// <summary>Maps <see cref="StatisticsFunctions"/> to each provider's SQL.</summary>
internal static class StatisticsFunctionMapping
{
    public static void Map(ModelBuilder modelBuilder, DatabaseProvider provider) =>
        modelBuilder.HasDbFunction(typeof(StatisticsFunctions).GetMethod(nameof(StatisticsFunctions.EpochSeconds))!)
            .HasTranslation(args => provider switch
            {
                DatabaseProvider.Postgres => Function("floor", Function("date_part", [new SqlFragmentExpression("'epoch'"), args[0]], Double)),
                DatabaseProvider.SqlServer => new SqlUnaryExpression(ExpressionType.Convert, Function(
                    "DATEDIFF_BIG", [new SqlFragmentExpression("second"), new SqlFragmentExpression("'19700101'"), args[0]], BigInt), typeof(double), Float),
                _ => Function("unixepoch", args[0]), // SQLite ≥ 3.38: whole seconds, from EF's ISO text
            });

    // Inner calls need their type stated; the outermost one takes the mapped method's.
    private static readonly DoubleTypeMapping Double = new("double precision");
    private static readonly LongTypeMapping BigInt = new("bigint");
    private static readonly DoubleTypeMapping Float = new("float"); // DATEDIFF_BIG gives bigint; the method returns double

    private static SqlFunctionExpression Function(string name, params SqlExpression[] args) => Function(name, args, null);

    private static SqlFunctionExpression Function(string name, SqlExpression[] args, RelationalTypeMapping? mapping) =>
        new(name, args, nullable: true, argumentsPropagateNullability: args.Select(a => a is not SqlFragmentExpression), typeof(double), mapping);
}
