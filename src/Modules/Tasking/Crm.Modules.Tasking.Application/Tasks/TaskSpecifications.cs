using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Tasking.Domain.Tasks;

namespace Crm.Modules.Tasking.Application.Tasks;

public sealed class TaskByIdSpec : Specification<WorkTask>
{
    public TaskByIdSpec(TaskId id, bool forUpdate = false)
    {
        Query.Where(t => t.Id == id);
        if (forUpdate)
        {
            Query.AsTracking();
        }
    }
}
