using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.Carts;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using Crm.Modules.SpareParts.Domain.Warehouses;
using FluentValidation;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Carts.TurnCartIntoOrder;

/// <summary>
/// The client takes what was picked: the cart's lines become a customer order (a draft, to post like any other) for
/// the client, from the warehouse, with the supply deadline for what must be ordered; a cart opened from a work order
/// or booking (or a task about one) ties the order to it. The cart closes as ordered and names the order.
/// </summary>
public sealed record TurnCartIntoOrderCommand(
    Guid CartId, int? ExpectedVersion, Guid? ClientId, Guid? WarehouseId, Guid? ManagerId, DateTimeOffset? SupplyDeadline) : ICommand<Guid>;

internal sealed class TurnCartIntoOrderValidator : AbstractValidator<TurnCartIntoOrderCommand>
{
    public TurnCartIntoOrderValidator()
    {
        RuleFor(c => c.ClientId).NotEmpty();
        RuleFor(c => c.WarehouseId).NotEmpty();
        RuleFor(c => c.ManagerId).NotEqual(Guid.Empty);
        RuleFor(c => c.SupplyDeadline).Must(m => m is null || Moments.IsShowable(m.Value)).WithMessage(Moments.OutOfRange);
    }
}

internal sealed class TurnCartIntoOrderHandler(
    IRepository<Cart> carts, IRepository<CustomerOrder> orders, IReadRepository<Warehouse> warehouses, ICurrentEmployee employee, TimeProvider clock)
    : IRequestHandler<TurnCartIntoOrderCommand, Guid>
{
    public async Task<Guid> Handle(TurnCartIntoOrderCommand command, CancellationToken cancellationToken)
    {
        var warehouse = await LineInput.WarehouseAsync(warehouses, command.WarehouseId!.Value, cancellationToken);
        var cart = await carts.ForUpdateAsync(command.CartId, cancellationToken, command.ExpectedVersion);
        var now = clock.GetUtcNow().UtcDateTime;
        var orderId = new CustomerOrderId(Guid.NewGuid());
        var deadline = command.SupplyDeadline?.UtcDateTime;
        var lines = cart.TurnIntoOrder(orderId.Value, now).Select(l => new OrderLineSpec(l.PartId, l.Unit, l.Quantity, l.Price, deadline)).ToList();
        var document = cart.Source.Document;
        var header = new CustomerOrderHeader(command.ClientId!.Value, command.ManagerId ?? employee.Id, warehouse,
            document?.Kind == CartSource.WorkOrder ? document.Id : null, document?.Kind == CartSource.Booking ? document.Id : null);
        orders.Add(CustomerOrder.Draft(orderId, header, lines, now));
        return orderId.Value;
    }
}
