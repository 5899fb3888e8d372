using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Staff;
using MediatR;

namespace Crm.Modules.Tasking.Application.Staff.ListEmployees;

/// <summary>All employees with their positions; one away now shows until when and who stands in, in the reader's zone.</summary>
public sealed record ListEmployeesQuery : IQuery<IReadOnlyList<EmployeeDto>>;

internal sealed class ListEmployeesHandler(IReadRepository<Employee> employees, IReadRepository<Position> positions, StaffMember me)
    : IRequestHandler<ListEmployeesQuery, IReadOnlyList<EmployeeDto>>
{
    public async Task<IReadOnlyList<EmployeeDto>> Handle(ListEmployeesQuery query, CancellationToken cancellationToken)
    {
        var clock = await me.ClockAsync(cancellationToken);
        var all = await employees.ListAsync(new EmployeesSpec(), cancellationToken);
        var names = (await positions.ListAsync(new PositionsSpec(), cancellationToken)).ToDictionary(p => p.Id, p => p.Name);
        var people = all.ToDictionary(e => e.Id, e => e.Name);
        return all.Select(e => StaffLookup.ShowInList(e, names, clock, people)).ToList();
    }
}
