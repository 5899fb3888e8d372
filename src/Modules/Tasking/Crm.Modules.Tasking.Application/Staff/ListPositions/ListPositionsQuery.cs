using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Domain.Staff;
using MediatR;

namespace Crm.Modules.Tasking.Application.Staff.ListPositions;

public sealed record ListPositionsQuery : IQuery<IReadOnlyList<PositionDto>>;

internal sealed class ListPositionsHandler(IReadRepository<Position> positions) : IRequestHandler<ListPositionsQuery, IReadOnlyList<PositionDto>>
{
    public async Task<IReadOnlyList<PositionDto>> Handle(ListPositionsQuery query, CancellationToken cancellationToken) =>
        (await positions.ListAsync(new PositionsSpec(), cancellationToken)).Select(p => new PositionDto(p.Id.Value, p.Name)).ToList();
}
