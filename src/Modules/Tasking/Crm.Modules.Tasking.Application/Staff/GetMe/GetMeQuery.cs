using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Staff;
using MediatR;

namespace Crm.Modules.Tasking.Application.Staff.GetMe;

/// <summary>The signed-in employee, with the time zone every time in the API is shown in.</summary>
public sealed record GetMeQuery : IQuery<EmployeeDto>;

internal sealed class GetMeHandler(StaffMember me, IReadRepository<Position> positions) : IRequestHandler<GetMeQuery, EmployeeDto>
{
    public async Task<EmployeeDto> Handle(GetMeQuery query, CancellationToken cancellationToken)
    {
        var employee = await me.GetAsync(cancellationToken);
        var ids = employee.Positions.Select(p => p.PositionId).ToList();
        var names = (await positions.ListAsync(new PositionsSpec(ids), cancellationToken)).ToDictionary(p => p.Id, p => p.Name);
        return EmployeeDto.From(employee, names);
    }
}
