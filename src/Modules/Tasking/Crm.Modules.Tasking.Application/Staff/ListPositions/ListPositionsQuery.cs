using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Domain.Staff;

namespace Crm.Modules.Tasking.Application.Staff.ListPositions;

public sealed record ListPositionsQuery : IQuery<IReadOnlyList<PositionDto>>;

internal sealed class ListPositionsHandler(IReadRepository<Position> positions)
    : ListNamedUnitsHandler<ListPositionsQuery, Position, PositionDto>(positions, new PositionsSpec());
