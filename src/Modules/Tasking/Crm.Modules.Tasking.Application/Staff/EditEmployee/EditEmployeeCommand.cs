using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Staff;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Tasking.Application.Staff.EditEmployee;

/// <summary>
/// The main administrator corrects an employee: name, time zone, positions (the full list) and department (none
/// when left out). <see cref="ExpectedVersion"/> is the card's ETag, if the client sent one.
/// </summary>
public sealed record EditEmployeeCommand(Guid EmployeeId, int? ExpectedVersion, string? Name, string? TimeZone, IReadOnlyList<Guid>? PositionIds, Guid? DepartmentId)
    : ICommand<Unit>;

internal sealed class EditEmployeeValidator : AbstractValidator<EditEmployeeCommand>
{
    public EditEmployeeValidator()
    {
        RuleFor(c => c.Name).EmployeeName();
        RuleFor(c => c.TimeZone).TimeZone();
    }
}

internal sealed class EditEmployeeHandler(StaffMember me, IRepository<Employee> employees, StaffLookup staff, TimeProvider clock) : IRequestHandler<EditEmployeeCommand, Unit>
{
    public async Task<Unit> Handle(EditEmployeeCommand command, CancellationToken cancellationToken)
    {
        await me.RequireAdministratorAsync(cancellationToken);
        var employee = await staff.EmployeeAsync(command.EmployeeId, cancellationToken, forUpdate: true);
        if (command.ExpectedVersion is { } version)
        {
            employees.ExpectVersion(employee, version);
        }

        var positions = await staff.PositionsAsync(command.PositionIds, cancellationToken);
        var department = await staff.DepartmentAsync(command.DepartmentId, cancellationToken);
        employee.Change(command.Name!, EmployeeTimeZone.From(command.TimeZone!), positions.Select(p => p.Id), department?.Id, clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
