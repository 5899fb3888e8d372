using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Staff;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Tasking.Application.Staff.ChangeMyTimeZone;

/// <summary>The signed-in employee moves to another time zone; every time the API shows them follows from the next request.</summary>
public sealed record ChangeMyTimeZoneCommand(string? TimeZone) : ICommand<Unit>;

internal sealed class ChangeMyTimeZoneValidator : AbstractValidator<ChangeMyTimeZoneCommand>
{
    public ChangeMyTimeZoneValidator() => RuleFor(c => c.TimeZone).TimeZone();
}

internal sealed class ChangeMyTimeZoneHandler(StaffMember me, StaffLookup staff, TimeProvider clock) : IRequestHandler<ChangeMyTimeZoneCommand, Unit>
{
    public async Task<Unit> Handle(ChangeMyTimeZoneCommand command, CancellationToken cancellationToken)
    {
        var employee = await staff.EmployeeAsync(me.Id.Value, cancellationToken, forUpdate: true);
        employee.MoveToTimeZone(EmployeeTimeZone.From(command.TimeZone!), clock.GetUtcNow().UtcDateTime);
        me.Forget();
        return Unit.Value;
    }
}
