using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Staff;

namespace Crm.Modules.Tasking.Application.Staff;

public sealed record EmployeeDto(Guid Id, string Name, string TimeZone, bool IsAdministrator, IReadOnlyList<NamedRef> Positions)
{
    public Guid? DepartmentId { get; init; }

    public static EmployeeDto From(Employee employee, IReadOnlyDictionary<PositionId, string> positionNames) => new(
        employee.Id.Value,
        employee.Name,
        employee.TimeZoneId,
        employee.IsAdministrator,
        employee.Positions.Select(p => new NamedRef(p.PositionId.Value, positionNames.GetValueOrDefault(p.PositionId, "?"))).ToList())
    {
        DepartmentId = employee.DepartmentId?.Value,
    };
}

public sealed record PositionDto(Guid Id, string Name);

public sealed record DepartmentDto(Guid Id, string Name);
