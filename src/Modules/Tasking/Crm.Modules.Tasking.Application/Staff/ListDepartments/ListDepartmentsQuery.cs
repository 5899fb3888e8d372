using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Domain.Staff;
using MediatR;

namespace Crm.Modules.Tasking.Application.Staff.ListDepartments;

public sealed record ListDepartmentsQuery : IQuery<IReadOnlyList<DepartmentDto>>;

internal sealed class ListDepartmentsHandler(IReadRepository<Department> departments) : IRequestHandler<ListDepartmentsQuery, IReadOnlyList<DepartmentDto>>
{
    public async Task<IReadOnlyList<DepartmentDto>> Handle(ListDepartmentsQuery query, CancellationToken cancellationToken) =>
        (await departments.ListAsync(new DepartmentsSpec(), cancellationToken)).Select(d => new DepartmentDto(d.Id.Value, d.Name)).ToList();
}
