using Crm.Modules.Tasking.Application.Tasks.ListTasks;
using Crm.Modules.Tasking.Domain.SavedFilters;

namespace Crm.Modules.Tasking.Application.SavedFilters;

public sealed record SavedFilterDto(Guid Id, string Name, TaskListCriteria Filter, int Version)
{
    public static SavedFilterDto From(SavedFilter filter) => new(filter.Id.Value, filter.Name, TaskListCriteria.FromJson(filter.Criteria), filter.Version);
}
