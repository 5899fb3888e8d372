using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Application.CustomerOrders;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using Crm.Modules.SpareParts.Domain.Sales;
using FluentValidation;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Sales.SellCustomerOrder;

/// <summary>Sells a posted order whose every line is reserved: the reserved goods leave stock, the order becomes sold.</summary>
public sealed record SellCustomerOrderCommand(Guid? CustomerOrderId) : ICommand<Guid>, IRetriedOnConflict;

internal sealed class SellCustomerOrderValidator : AbstractValidator<SellCustomerOrderCommand>
{
    public SellCustomerOrderValidator() => RuleFor(c => c.CustomerOrderId).NotEmpty();
}

internal sealed class SellCustomerOrderHandler(IRepository<CustomerOrder> orders, IRepository<Sale> sales, OrderDesk desk, ICurrentEmployee employee, TimeProvider clock)
    : IRequestHandler<SellCustomerOrderCommand, Guid>
{
    public async Task<Guid> Handle(SellCustomerOrderCommand command, CancellationToken cancellationToken)
    {
        var order = await orders.ForUpdateAsync(command.CustomerOrderId!.Value, cancellationToken);
        var sale = await desk.SellAsync(order, employee.Id, clock.GetUtcNow().UtcDateTime, cancellationToken);
        sales.Add(sale);
        return sale.Id.Value;
    }
}
