using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Domain.Staff;
using MediatR;

namespace Crm.Modules.Quality.Application.Staff.ListStaff;

public sealed record QualityEmployeeDto(Guid Id, string Name, IReadOnlyList<Guid> PositionIds, bool IsSupervisor, bool Dismissed);

/// <summary>
/// The staff as Quality knows them, by name: whom a complaint or violation can concern and whom the figures cover.
/// A station's staff is a short directory (tens of people), so one page.
/// </summary>
public sealed record ListStaffQuery : IQuery<IReadOnlyList<QualityEmployeeDto>>;

internal sealed class ListStaffHandler(IReadRepository<QualityEmployee> staff) : IRequestHandler<ListStaffQuery, IReadOnlyList<QualityEmployeeDto>>
{
    public async Task<IReadOnlyList<QualityEmployeeDto>> Handle(ListStaffQuery query, CancellationToken cancellationToken) =>
        (await staff.ListAsync(new StaffByNameSpec(), cancellationToken))
        .Select(e => new QualityEmployeeDto(e.Id, e.Name, e.PositionIds, e.IsSupervisor, e.Dismissed)).ToList();
}

public sealed class StaffByNameSpec : Specification<QualityEmployee>
{
    public StaffByNameSpec() => Query.OrderBy(e => e.Name).ThenBy(e => e.Id);
}
