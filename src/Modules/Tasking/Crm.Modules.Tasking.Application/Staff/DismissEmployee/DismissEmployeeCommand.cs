using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Tasking.Application.Common;
using MediatR;

namespace Crm.Modules.Tasking.Application.Staff.DismissEmployee;

/// <summary>
/// The main administrator dismisses an employee: from the next request their token is refused (403
/// employee.unknown); their name stays on the work they did. Dismissing again changes nothing.
/// </summary>
public sealed record DismissEmployeeCommand(Guid EmployeeId) : ICommand<Unit>;

internal sealed class DismissEmployeeHandler(StaffMember me, StaffLookup staff, TimeProvider clock) : IRequestHandler<DismissEmployeeCommand, Unit>
{
    public async Task<Unit> Handle(DismissEmployeeCommand command, CancellationToken cancellationToken)
    {
        await me.RequireAdministratorAsync(cancellationToken);
        var employee = await staff.EmployeeAsync(command.EmployeeId, cancellationToken, forUpdate: true);
        employee.Dismiss(me.Id, clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
