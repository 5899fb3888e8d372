using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using FluentValidation;
using MediatR;

namespace Crm.Modules.SpareParts.Application.CustomerOrders.ChangeReserve;

/// <summary>Reserves stock for a posted order's line: <see cref="Quantity"/>, or all it misses that is available; more than is available is a 422 stock.insufficient.</summary>
public sealed record SetReserveCommand(Guid Id, Guid LineId, decimal? Quantity, int? ExpectedVersion) : ICommand<Unit>, IRetriedOnConflict;

internal sealed class SetReserveValidator : AbstractValidator<SetReserveCommand>
{
    public SetReserveValidator() => RuleFor(c => c.Quantity).GreaterThan(0).WithErrorCode("quantity.invalid");
}

internal sealed class SetReserveHandler(IRepository<CustomerOrder> orders, OrderDesk desk, ICurrentEmployee employee, TimeProvider clock)
    : IRequestHandler<SetReserveCommand, Unit>
{
    public async Task<Unit> Handle(SetReserveCommand command, CancellationToken cancellationToken)
    {
        var order = await orders.ForUpdateAsync(command.Id, cancellationToken, command.ExpectedVersion);
        await desk.SetReserveAsync(order, command.LineId, command.Quantity, employee.Id, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return Unit.Value;
    }
}
