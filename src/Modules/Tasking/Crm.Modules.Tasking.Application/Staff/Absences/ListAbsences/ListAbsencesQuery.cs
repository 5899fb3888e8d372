using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Tasking.Application.Common;
using MediatR;

namespace Crm.Modules.Tasking.Application.Staff.Absences.ListAbsences;

/// <summary>An employee's absences, past ones included, in order of their start, times in the reader's zone.</summary>
public sealed record ListAbsencesQuery(Guid EmployeeId) : IQuery<IReadOnlyList<AbsenceDto>>;

internal sealed class ListAbsencesHandler(StaffMember me, StaffLookup staff) : IRequestHandler<ListAbsencesQuery, IReadOnlyList<AbsenceDto>>
{
    public async Task<IReadOnlyList<AbsenceDto>> Handle(ListAbsencesQuery query, CancellationToken cancellationToken)
    {
        var clock = await me.ClockAsync(cancellationToken);
        var employee = await staff.EmployeeAsync(query.EmployeeId, cancellationToken);
        var names = await staff.NamesAsync(employee.Absences.Select(a => a.DeputyId), cancellationToken);
        return employee.Absences.OrderBy(a => a.FromUtc).Select(a => StaffLookup.Show(a, clock, names)).ToList();
    }
}
