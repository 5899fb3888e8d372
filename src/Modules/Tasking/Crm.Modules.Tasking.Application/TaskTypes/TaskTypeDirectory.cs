using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Domain.TaskTypes;

namespace Crm.Modules.Tasking.Application.TaskTypes;

/// <summary>Finds a type to change, and keeps type names unique so that a name in a list means one type.</summary>
public sealed class TaskTypeDirectory(IRepository<TaskType> types)
{
    public Task<TaskType> ForUpdateAsync(Guid id, CancellationToken cancellationToken) =>
        types.LoadForUpdateAsync(new TaskTypeByIdSpec(new TaskTypeId(id), forUpdate: true), "Task type", id, cancellationToken);

    /// <summary>409 <c>task-type.duplicate-name</c> when another type already has the name (case and outer spaces aside).</summary>
    public async Task EnsureNameFreeAsync(string name, TaskTypeId? except, CancellationToken cancellationToken)
    {
        var all = await types.ListAsync(new TaskTypesSpec(), cancellationToken);
        if (all.FirstOrDefault(t => t.Id != except && string.Equals(t.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase)) is { } existing)
        {
            throw new ConflictException("task-type.duplicate-name", $"The task type '{existing.Name}' already exists.",
                new Dictionary<string, object?> { ["existingId"] = existing.Id.Value });
        }
    }
}
