using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Staff;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Tasking.Application.Staff.CreatePosition;

public sealed record CreatePositionCommand(string? Name) : ICommand<PositionDto>;

internal sealed class CreatePositionValidator : AbstractValidator<CreatePositionCommand>
{
    public CreatePositionValidator() => RuleFor(c => c.Name).NotEmpty().MaximumLength(Position.NameMaxLength);
}

internal sealed class CreatePositionHandler(StaffMember me, IRepository<Position> positions) : IRequestHandler<CreatePositionCommand, PositionDto>
{
    public async Task<PositionDto> Handle(CreatePositionCommand command, CancellationToken cancellationToken)
    {
        await me.RequireAdministratorAsync(cancellationToken);
        var position = Position.Create(new PositionId(Guid.NewGuid()), command.Name!);
        positions.Add(position);
        return new PositionDto(position.Id.Value, position.Name);
    }
}
