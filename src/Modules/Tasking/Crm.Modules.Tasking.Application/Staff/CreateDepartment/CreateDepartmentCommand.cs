using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Staff;
using MapsterMapper;

namespace Crm.Modules.Tasking.Application.Staff.CreateDepartment;

public sealed record CreateDepartmentCommand(string? Name) : ICommand<DepartmentDto>, ICreateNamedUnit;

internal sealed class CreateDepartmentValidator() : CreateNamedUnitValidator<CreateDepartmentCommand>(Department.NameMaxLength);

internal sealed class CreateDepartmentHandler(StaffMember me, IRepository<Department> departments, IMapper mapper)
    : CreateNamedUnitHandler<CreateDepartmentCommand, Department, DepartmentDto>(me, departments, mapper, name => Department.Create(new DepartmentId(Guid.NewGuid()), name));
