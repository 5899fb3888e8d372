using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Staff;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Tasking.Application.Staff.HireEmployee;

/// <summary>Adds an employee to the staff (main administrator only).</summary>
public sealed record HireEmployeeCommand(string? Name, string? TimeZone, IReadOnlyList<Guid>? PositionIds, bool IsAdministrator = false, Guid? DepartmentId = null)
    : ICommand<EmployeeDto>;

internal sealed class HireEmployeeValidator : AbstractValidator<HireEmployeeCommand>
{
    public HireEmployeeValidator()
    {
        RuleFor(c => c.Name).EmployeeName();
        RuleFor(c => c.TimeZone).TimeZone();
    }
}

internal sealed class HireEmployeeHandler(StaffMember me, IRepository<Employee> employees, StaffLookup staff, TimeProvider clock)
    : IRequestHandler<HireEmployeeCommand, EmployeeDto>
{
    public async Task<EmployeeDto> Handle(HireEmployeeCommand command, CancellationToken cancellationToken)
    {
        await me.RequireAdministratorAsync(cancellationToken);
        var known = await staff.PositionsAsync(command.PositionIds, cancellationToken);
        var department = (await staff.DepartmentAsync(command.DepartmentId, cancellationToken))?.Id;
        var employee = Employee.Hire(
            new EmployeeId(Guid.NewGuid()), command.Name!, EmployeeTimeZone.From(command.TimeZone!), known.Select(p => p.Id), clock.GetUtcNow().UtcDateTime, command.IsAdministrator, department);
        employees.Add(employee);
        return EmployeeDto.From(employee, known.ToDictionary(p => p.Id, p => p.Name));
    }
}
