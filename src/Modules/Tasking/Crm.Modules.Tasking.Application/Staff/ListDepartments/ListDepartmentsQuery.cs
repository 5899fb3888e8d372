using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Domain.Staff;

namespace Crm.Modules.Tasking.Application.Staff.ListDepartments;

public sealed record ListDepartmentsQuery : IQuery<IReadOnlyList<DepartmentDto>>;

internal sealed class ListDepartmentsHandler(IReadRepository<Department> departments)
    : ListNamedUnitsHandler<ListDepartmentsQuery, Department, DepartmentDto>(departments, new DepartmentsSpec());
