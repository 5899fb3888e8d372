using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Tasking.Domain.Staff;

namespace Crm.Modules.Tasking.Application.Staff;

public sealed class EmployeeByIdSpec : Specification<Employee>
{
    public EmployeeByIdSpec(EmployeeId id, bool forUpdate = false)
    {
        // Every task action loads its actor: absences and positions (a handful each) in the same round trip.
        Query.Where(e => e.Id == id).AsSingleQuery();
        if (forUpdate)
        {
            Query.AsTracking();
        }
    }
}

public sealed class EmployeesSpec : Specification<Employee>
{
    public EmployeesSpec(IReadOnlyCollection<EmployeeId>? ids = null) =>
        Query.Where(e => ids!.Contains(e.Id), ids is not null).OrderBy(e => e.Name);
}

public sealed class PositionsSpec : Specification<Position>
{
    public PositionsSpec(IReadOnlyCollection<PositionId>? ids = null) =>
        Query.Where(p => ids!.Contains(p.Id), ids is not null).OrderBy(p => p.Name);
}

public sealed class DepartmentsSpec : Specification<Department>
{
    public DepartmentsSpec(IReadOnlyCollection<DepartmentId>? ids = null) =>
        Query.Where(d => ids!.Contains(d.Id), ids is not null).OrderBy(d => d.Name);
}

/// <summary>Employees away at <c>nowUtc</c> whose absence names <c>deputy</c> as their deputy.</summary>
public sealed class EmployeesStoodInForSpec : Specification<Employee>
{
    public EmployeesStoodInForSpec(EmployeeId deputy, DateTime nowUtc) =>
        Query.Where(e => e.Absences.Any(a => a.DeputyId == deputy && a.FromUtc <= nowUtc && a.UntilUtc > nowUtc));
}
