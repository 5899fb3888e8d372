using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Tasking.Infrastructure.Persistence;

/// <summary>
/// Task numbers from a counter row advanced by one atomic UPDATE (<see cref="CounterRows"/>). It runs on its own (outside the task's transaction) so the row lock lasts one statement; a
/// number lost to a failed save leaves a harmless gap.
/// </summary>
internal sealed class TaskNumbers(IServiceScopeFactory scopes) : ITaskNumbers
{
    public async Task<long> NextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope(); // a context of its own: not the request's transaction
        var db = scope.ServiceProvider.GetRequiredService<TaskingDbContext>();
        var sql = CounterRows.NextSql(db, db.Table<TaskingSequence>());
        var values = await db.Database.SqlQueryRaw<long>(sql, TaskingSequence.TaskNumber).ToListAsync(cancellationToken);
        return values.Count == 1 ? values[0] : throw new InvalidOperationException("The task-number sequence row is missing; were migrations applied?");
    }
}
