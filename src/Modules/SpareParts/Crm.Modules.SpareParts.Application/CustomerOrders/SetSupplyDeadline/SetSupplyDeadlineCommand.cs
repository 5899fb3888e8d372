using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using FluentValidation;
using MediatR;

namespace Crm.Modules.SpareParts.Application.CustomerOrders.SetSupplyDeadline;

/// <summary>A new supply deadline for a line's missing goods (the date agreed with the client).</summary>
public sealed record SetSupplyDeadlineCommand(Guid Id, Guid LineId, DateTimeOffset? SupplyDeadline, int? ExpectedVersion) : ICommand<Unit>, IRetriedOnConflict;

internal sealed class SetSupplyDeadlineValidator : AbstractValidator<SetSupplyDeadlineCommand>
{
    public SetSupplyDeadlineValidator() =>
        RuleFor(c => c.SupplyDeadline).NotNull().Must(m => m is null || Moments.IsShowable(m.Value)).WithMessage(Moments.OutOfRange);
}

internal sealed class SetSupplyDeadlineHandler(IRepository<CustomerOrder> orders, TimeProvider clock) : IRequestHandler<SetSupplyDeadlineCommand, Unit>
{
    public async Task<Unit> Handle(SetSupplyDeadlineCommand command, CancellationToken cancellationToken)
    {
        var order = await orders.ForUpdateAsync(command.Id, cancellationToken, command.ExpectedVersion);
        order.SetSupplyDeadline(command.LineId, command.SupplyDeadline!.Value.UtcDateTime, clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
