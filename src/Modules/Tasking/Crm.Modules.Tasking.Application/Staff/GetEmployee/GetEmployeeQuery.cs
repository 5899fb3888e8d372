using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Staff;
using MediatR;

namespace Crm.Modules.Tasking.Application.Staff.GetEmployee;

/// <summary>An employee's card, times in the reader's zone: absent now (until when, who stands in) and absences planned.</summary>
public sealed record GetEmployeeQuery(Guid EmployeeId) : IQuery<EmployeeCardDto>;

internal sealed class GetEmployeeHandler(StaffMember me, StaffLookup staff, IReadRepository<Position> positions) : IRequestHandler<GetEmployeeQuery, EmployeeCardDto>
{
    public async Task<EmployeeCardDto> Handle(GetEmployeeQuery query, CancellationToken cancellationToken)
    {
        var clock = await me.ClockAsync(cancellationToken);
        var employee = await staff.EmployeeAsync(query.EmployeeId, cancellationToken);
        var positionNames = (await positions.ListAsync(new PositionsSpec(employee.Positions.Select(p => p.PositionId).ToList()), cancellationToken))
            .ToDictionary(p => p.Id, p => p.Name);
        var department = await staff.DepartmentAsync(employee.DepartmentId?.Value, cancellationToken);
        var names = await staff.NamesAsync(employee.Absences.Select(a => a.DeputyId), cancellationToken);
        var listed = StaffLookup.ShowInList(employee, positionNames, clock, names);
        var planned = employee.Absences.Where(a => a.FromUtc > clock.NowUtc).OrderBy(a => a.FromUtc).Select(a => StaffLookup.Show(a, clock, names)).ToList();
        return new EmployeeCardDto(
            listed.Id, listed.Name, listed.TimeZone, listed.IsAdministrator, listed.Positions,
            department is null ? null : new NamedRef(department.Id.Value, department.Name), listed.AbsentNow, planned, employee.Version)
        {
            DismissedAt = clock.Show(employee.DismissedAtUtc),
        };
    }
}
