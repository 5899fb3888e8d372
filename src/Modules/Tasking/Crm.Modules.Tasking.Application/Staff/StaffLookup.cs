using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Staff;

namespace Crm.Modules.Tasking.Application.Staff;

/// <summary>
/// What staff commands and cards look up: employees by id (404 when unknown), the positions and department an
/// employee is given (400 on the field when one does not exist), and absences shown in the reader's zone.
/// </summary>
public sealed class StaffLookup(IRepository<Employee> employees, IReadRepository<Position> positions, IReadRepository<Department> departments)
{
    public Task<Employee> EmployeeAsync(Guid id, CancellationToken cancellationToken, bool forUpdate = false) =>
        employees.FirstOrNotFoundAsync(new EmployeeByIdSpec(new EmployeeId(id), forUpdate), "Employee", id, cancellationToken);

    public async Task<IReadOnlyList<Position>> PositionsAsync(IReadOnlyList<Guid>? ids, CancellationToken cancellationToken)
    {
        var positionIds = (ids ?? []).Distinct().Select(id => new PositionId(id)).ToList();
        var known = await positions.ListAsync(new PositionsSpec(positionIds), cancellationToken);
        return known.Count == positionIds.Count ? known : throw new InvalidFieldException("positionIds", "One or more positions do not exist.");
    }

    public async Task<Department?> DepartmentAsync(Guid? id, CancellationToken cancellationToken) => id is { } value
        ? (await departments.ListAsync(new DepartmentsSpec([new DepartmentId(value)]), cancellationToken)).FirstOrDefault()
            ?? throw new InvalidFieldException("departmentId", "There is no department with this id.")
        : null;

    /// <summary>Names of the given employees (deputies, say), one query.</summary>
    public async Task<IReadOnlyDictionary<EmployeeId, string>> NamesAsync(IEnumerable<EmployeeId?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<EmployeeId>().Distinct().ToList();
        return wanted.Count == 0 ? new Dictionary<EmployeeId, string>() : (await employees.ListAsync(new EmployeesSpec(wanted), cancellationToken)).ToDictionary(e => e.Id, e => e.Name);
    }

    public static AbsenceDto Show(Absence absence, LocalClock clock, IReadOnlyDictionary<EmployeeId, string> names) => new(
        absence.Id,
        clock.Show(absence.FromUtc),
        clock.Show(absence.UntilUtc),
        absence.DeputyId is { } deputy ? new NamedRef(deputy.Value, names.GetValueOrDefault(deputy, "?")) : null,
        absence.Covers(clock.NowUtc));

    /// <summary>The employee as lists show them, with "absent until …, deputy …" while away.</summary>
    public static EmployeeDto ShowInList(Employee employee, IReadOnlyDictionary<PositionId, string> positionNames, LocalClock clock, IReadOnlyDictionary<EmployeeId, string> names) =>
        EmployeeDto.From(employee, positionNames) with
        {
            AbsentNow = employee.AbsenceAt(clock.NowUtc) is { } absence ? Show(absence, clock, names) : null,
        };
}
