using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Staff;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Tasking.Application.Staff.CreateDepartment;

public sealed record CreateDepartmentCommand(string? Name) : ICommand<DepartmentDto>;

internal sealed class CreateDepartmentValidator : AbstractValidator<CreateDepartmentCommand>
{
    public CreateDepartmentValidator() => RuleFor(c => c.Name).NotEmpty().MaximumLength(Department.NameMaxLength);
}

internal sealed class CreateDepartmentHandler(StaffMember me, IRepository<Department> departments) : IRequestHandler<CreateDepartmentCommand, DepartmentDto>
{
    public async Task<DepartmentDto> Handle(CreateDepartmentCommand command, CancellationToken cancellationToken)
    {
        await me.RequireAdministratorAsync(cancellationToken);
        var department = Department.Create(new DepartmentId(Guid.NewGuid()), command.Name!);
        departments.Add(department);
        return new DepartmentDto(department.Id.Value, department.Name);
    }
}
