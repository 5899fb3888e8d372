using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Application.Stock;
using Crm.Modules.SpareParts.Domain.Carts;
using Crm.Modules.SpareParts.Domain.Sales;
using Crm.Modules.SpareParts.Domain.Stock;
using Crm.Modules.SpareParts.Domain.Warehouses;
using FluentValidation;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Carts.SellCart;

/// <summary>
/// A sale straight from a cart (the "Sale: from a customer order or straight from a cart"; ADR 0085): the client
/// takes the picked parts now, from what the warehouse has available (reserves of customer orders are not touched).
/// A line short of stock is refused by name and nothing is sold; the cart closes as sold and names the sale, once.
/// </summary>
public sealed record SellCartCommand(Guid CartId, int? ExpectedVersion, Guid? WarehouseId, Guid? ClientId) : ICommand<Guid>, IRetriedOnConflict;

internal sealed class SellCartValidator : AbstractValidator<SellCartCommand>
{
    public SellCartValidator()
    {
        RuleFor(c => c.WarehouseId).NotEmpty();
        RuleFor(c => c.ClientId).NotEqual(Guid.Empty);
    }
}

internal sealed class SellCartHandler(
    IRepository<Cart> carts, IRepository<Sale> sales, IReadRepository<Warehouse> warehouses, StockDesk stock, ICurrentEmployee employee, TimeProvider clock)
    : IRequestHandler<SellCartCommand, Guid>
{
    public async Task<Guid> Handle(SellCartCommand command, CancellationToken cancellationToken)
    {
        var warehouse = await LineInput.WarehouseAsync(warehouses, command.WarehouseId!.Value, cancellationToken);
        var cart = await carts.ForUpdateAsync(command.CartId, cancellationToken, command.ExpectedVersion);
        var levels = await stock.LevelsAsync(cart.Lines.Select(l => l.PartId), warehouse, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var saleId = new SaleId(Guid.NewGuid());
        var lines = cart.Sell(saleId.Value, part => levels.GetValueOrDefault(part)?.Available ?? 0, now);
        var sale = Sale.Complete(saleId, warehouse, command.ClientId, null, lines.Select(l => new SaleLineSpec(l.PartId, l.Unit, l.Quantity, l.Price)).ToList(), employee.Id, now);
        sales.Add(sale);
        await stock.SellAvailableAsync(warehouse, lines.Select(l => new PartQuantity(l.PartId, l.Quantity)).ToList(), new StockActor(employee.Id, now, "sale", saleId.Value), cancellationToken);
        return saleId.Value;
    }
}
