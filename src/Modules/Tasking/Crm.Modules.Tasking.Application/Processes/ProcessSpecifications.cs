using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Security;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Tasking.Domain.Processes;

namespace Crm.Modules.Tasking.Application.Processes;

public sealed class ProcessByIdSpec : Specification<TaskingProcess>
{
    public ProcessByIdSpec(ProcessId id, bool forUpdate = false)
    {
        Query.Where(p => p.Id == id).AsSingleQuery(); // its few executors come in the same round trip
        if (forUpdate)
        {
            Query.AsTracking();
        }
    }
}

public sealed class ProcessesSpec : Specification<TaskingProcess>
{
    public ProcessesSpec(IReadOnlyCollection<Guid>? ids = null)
    {
        var processIds = ids?.Select(id => new ProcessId(id)).ToList();
        Query.Where(p => processIds!.Contains(p.Id), processIds is not null).OrderBy(p => p.Name);
    }
}

/// <summary>The processes an employee executes: as themselves, through a position they hold, or through their department.</summary>
public sealed class ProcessesExecutedBySpec : Specification<TaskingProcess, ProcessId>
{
    public ProcessesExecutedBySpec(EmployeeIdentity employee)
    {
        var me = employee.Id;
        var positions = employee.PositionIds;
        var department = employee.DepartmentId ?? Guid.Empty;
        Query.Where(p => p.Executors.Any(e =>
            (e.Kind == ExecutorKind.Employee && e.Id == me)
            || (e.Kind == ExecutorKind.Position && positions.Contains(e.Id))
            || (e.Kind == ExecutorKind.Department && e.Id == department)));
        Query.Select(p => p.Id);
    }
}
