using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.Tasks;

namespace Crm.Modules.Tasking.Application.Tasks;

/// <summary>
/// What every action on a task starts with: the task (404 if unknown or not visible to the actor), the version
/// the user saw, the actor, now.
/// </summary>
public sealed class TaskActions(IRepository<WorkTask> tasks, StaffMember me, TimeProvider clock)
{
    public DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    public async Task<(WorkTask Task, EmployeeId Actor)> LoadAsync(Guid taskId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var actor = me.Id;
        var task = await tasks.FirstOrDefaultAsync(new TaskByIdSpec(new TaskId(taskId), forUpdate: true), cancellationToken);
        if (task is null || !(await me.AudienceAsync(cancellationToken)).CanSee(task))
        {
            throw new NotFoundException("Task", taskId); // a task one may not see is, for them, no task at all
        }

        if (expectedVersion is { } version)
        {
            tasks.ExpectVersion(task, version);
        }

        return (task, actor);
    }

    /// <summary>"Take for myself" on a process's task is for its executors and the main administrator; others take it by acting on it.</summary>
    public async Task RequireExecutorAsync(WorkTask task, CancellationToken cancellationToken)
    {
        if (task.Process is { } process && !(await me.AudienceAsync(cancellationToken)).MayTakeFor(process.DefinitionId))
        {
            throw new ForbiddenException($"Only executors of the process '{process.Name}' may take its tasks for themselves.");
        }
    }
}

/// <summary>Shared by task actions: the id from the route and the If-Match version, if the client sent one.</summary>
public interface ITaskActionCommand
{
    Guid TaskId { get; }

    int? ExpectedVersion { get; }
}
