using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Staff;
using MapsterMapper;

namespace Crm.Modules.Tasking.Application.Staff.CreatePosition;

public sealed record CreatePositionCommand(string? Name) : ICommand<PositionDto>, ICreateNamedUnit;

internal sealed class CreatePositionValidator() : CreateNamedUnitValidator<CreatePositionCommand>(Position.NameMaxLength);

internal sealed class CreatePositionHandler(StaffMember me, IRepository<Position> positions, IMapper mapper)
    : CreateNamedUnitHandler<CreatePositionCommand, Position, PositionDto>(me, positions, mapper, name => Position.Create(new PositionId(Guid.NewGuid()), name));
