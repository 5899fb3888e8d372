using Crm.BuildingBlocks.Application.Errors;
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
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Employee.NameMaxLength);
        RuleFor(c => c.TimeZone).NotEmpty().Must(EmployeeTimeZone.IsKnown).WithMessage("Use an IANA time zone such as Europe/Lisbon.");
    }
}

internal sealed class HireEmployeeHandler(StaffMember me, IRepository<Employee> employees, IReadRepository<Position> positions, IReadRepository<Department> departments)
    : IRequestHandler<HireEmployeeCommand, EmployeeDto>
{
    public async Task<EmployeeDto> Handle(HireEmployeeCommand command, CancellationToken cancellationToken)
    {
        await me.RequireAdministratorAsync(cancellationToken);
        var positionIds = (command.PositionIds ?? []).Distinct().Select(id => new PositionId(id)).ToList();
        var known = await positions.ListAsync(new PositionsSpec(positionIds), cancellationToken);
        if (known.Count != positionIds.Count)
        {
            throw new InvalidFieldException("positionIds", "One or more positions do not exist.");
        }

        var department = command.DepartmentId is { } id ? new DepartmentId(id) : (DepartmentId?)null;
        if (department is { } some && !await departments.AnyAsync(new DepartmentsSpec([some]), cancellationToken))
        {
            throw new InvalidFieldException("departmentId", "There is no department with this id.");
        }

        var employee = Employee.Hire(new EmployeeId(Guid.NewGuid()), command.Name!, EmployeeTimeZone.From(command.TimeZone!), positionIds, command.IsAdministrator, department);
        employees.Add(employee);
        return EmployeeDto.From(employee, known.ToDictionary(p => p.Id, p => p.Name));
    }
}
