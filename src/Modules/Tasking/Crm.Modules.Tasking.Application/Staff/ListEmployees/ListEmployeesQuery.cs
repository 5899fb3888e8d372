using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Domain.Staff;
using MediatR;

namespace Crm.Modules.Tasking.Application.Staff.ListEmployees;

public sealed record ListEmployeesQuery : IQuery<IReadOnlyList<EmployeeDto>>;

internal sealed class ListEmployeesHandler(IReadRepository<Employee> employees, IReadRepository<Position> positions)
    : IRequestHandler<ListEmployeesQuery, IReadOnlyList<EmployeeDto>>
{
    public async Task<IReadOnlyList<EmployeeDto>> Handle(ListEmployeesQuery query, CancellationToken cancellationToken)
    {
        var all = await employees.ListAsync(new EmployeesSpec(), cancellationToken);
        var names = (await positions.ListAsync(new PositionsSpec(), cancellationToken)).ToDictionary(p => p.Id, p => p.Name);
        return all.Select(e => EmployeeDto.From(e, names)).ToList();
    }
}
