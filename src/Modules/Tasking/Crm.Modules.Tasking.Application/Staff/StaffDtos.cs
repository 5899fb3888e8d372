using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Staff;

namespace Crm.Modules.Tasking.Application.Staff;

public sealed record EmployeeDto(Guid Id, string Name, string TimeZone, bool IsAdministrator, IReadOnlyList<NamedRef> Positions)
{
    public Guid? DepartmentId { get; init; }

    /// <summary>Set while the employee is away: until when, and who stands in ("absent until …, deputy …").</summary>
    public AbsenceDto? AbsentNow { get; init; }

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

/// <summary>An absence in the reader's time zone; <see cref="Current"/> when it is under way now.</summary>
public sealed record AbsenceDto(Guid Id, DateTimeOffset From, DateTimeOffset Until, NamedRef? Deputy, bool Current);

/// <summary>An employee's card: who they are, where they work, and their absence now and those planned. The ETag is <see cref="Version"/>.</summary>
public sealed record EmployeeCardDto(
    Guid Id,
    string Name,
    string TimeZone,
    bool IsAdministrator,
    IReadOnlyList<NamedRef> Positions,
    NamedRef? Department,
    AbsenceDto? AbsentNow,
    IReadOnlyList<AbsenceDto> PlannedAbsences,
    int Version)
{
    /// <summary>When the employee left the station, in the reader's zone; null while they work here.</summary>
    public DateTimeOffset? DismissedAt { get; init; }
}
