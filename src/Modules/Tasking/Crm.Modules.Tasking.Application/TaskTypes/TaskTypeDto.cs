using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Tasking.Domain.TaskTypes;

namespace Crm.Modules.Tasking.Application.TaskTypes;

public sealed record TaskResultDto(string Code, string Name, bool RequiresReason);

public sealed record TaskTypeDto(Guid Id, string Name, string Icon, string Colour, int SortOrder, IReadOnlyList<TaskResultDto> Results)
{
    public static TaskTypeDto From(TaskType type) => new(
        type.Id.Value, type.Name, type.Icon, type.Colour, type.SortOrder,
        type.Results.Select(r => new TaskResultDto(r.Code, r.Name, r.RequiresReason)).ToList());
}

public sealed class TaskTypesSpec : Specification<TaskType>
{
    public TaskTypesSpec(IReadOnlyCollection<TaskTypeId>? ids = null) =>
        Query.Where(t => ids!.Contains(t.Id), ids is not null).OrderBy(t => t.SortOrder).ThenBy(t => t.Name);
}

public sealed class TaskTypeByIdSpec : Specification<TaskType>
{
    public TaskTypeByIdSpec(TaskTypeId id) => Query.Where(t => t.Id == id);
}
