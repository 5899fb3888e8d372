using Ardalis.Specification;
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

/// <summary>The task made for a process's request (the engine may send one request more than once).</summary>
public sealed class TaskForProcessRequestSpec : Specification<WorkTask>
{
    public TaskForProcessRequestSpec(Guid requestId) => Query.Where(t => t.Process!.RequestId == requestId);
}

/// <summary>The open task that answers a process's request (a redirected one's follow-up), loaded for a change.</summary>
public sealed class OpenTaskForProcessRequestSpec : Specification<WorkTask>
{
    public OpenTaskForProcessRequestSpec(Guid requestId)
    {
        var open = WorkTaskStatuses.Open.ToList();
        Query.Where(t => t.Process!.RequestId == requestId && open.Contains(t.Status)).AsTracking();
    }
}

/// <summary>Open tasks of one process instance, loaded for a change.</summary>
public sealed class OpenTasksOfProcessInstanceSpec : Specification<WorkTask>
{
    public OpenTasksOfProcessInstanceSpec(Guid instanceId)
    {
        var open = WorkTaskStatuses.Open.ToList();
        Query.Where(t => t.Process!.InstanceId == instanceId && open.Contains(t.Status)).AsTracking();
    }
}
