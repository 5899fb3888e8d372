using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using Crm.Modules.SpareParts.Domain.Parts;
using Crm.Modules.SpareParts.Domain.Stock;
using Crm.Modules.SpareParts.Domain.Warehouses;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.SpareParts.Application.CustomerOrders.FillReserves;

/// <summary>
/// Fills the reserves waiting for parts that came in: the posted orders' lines still missing them, oldest supply
/// deadline first (then the order posted first), each from what is available. The plan is made on one reading of
/// stock; each order is then filled in its own transaction (re-read, capped by what is available then, retried on a
/// version conflict), so an order cancelled meanwhile keeps nothing and undoes nobody else's fill. Safe to run again:
/// a line reserved in full is no longer waiting.
/// </summary>
public sealed class WaitingReserves(
    IReadRepository<CustomerOrder> orders, IReadRepository<StockLevel> levels, IMediator mediator, IUnitOfWorkLocator unitOfWorks, ILogger<WaitingReserves> logger)
{
    /// <summary>Answers how much was reserved in all.</summary>
    public async Task<decimal> FillAsync(WarehouseId warehouse, IReadOnlyList<PartId> parts, Guid byEmployeeId, CancellationToken ct)
    {
        var filled = 0m;
        var unitOfWork = unitOfWorks.For(typeof(FillOrderReservesCommand));
        foreach (var (orderId, plan) in await PlanAsync(warehouse, parts, ct))
        {
            try
            {
                filled += await mediator.SendRetryingAsync(unitOfWorks, new FillOrderReservesCommand(orderId, plan, byEmployeeId), ct);
            }
            catch (Exception ex) when (ex is BusinessRuleValidationException or NotFoundException or ConcurrencyConflictException)
            {
                logger.LogWarning("Order {OrderId} could not take its share of arrived goods: {Error}", orderId, ex.Message);
            }

            unitOfWork.DiscardChanges(); // each order's transaction reads afresh; a thousand tracked orders would slow every save
        }

        return filled;
    }

    private async Task<List<(Guid OrderId, Dictionary<Guid, decimal> Plan)>> PlanAsync(WarehouseId warehouse, IReadOnlyList<PartId> parts, CancellationToken ct)
    {
        var waiting = await orders.ListAsync(new OrdersWaitingForSpec(warehouse, parts), ct);
        var available = (await levels.ListAsync(new StockLevelsReadSpec(parts, warehouse), ct)).ToDictionary(l => l.PartId, l => l.Available);
        var wanted = parts.ToHashSet();
        var plan = new List<(Guid OrderId, Dictionary<Guid, decimal> Plan)>();
        var byOrder = new Dictionary<Guid, Dictionary<Guid, decimal>>();
        var queue = waiting.SelectMany(o => o.Lines.Where(l => l.Awaiting && wanted.Contains(l.PartId)).Select(l => (Order: o, Line: l)))
            .OrderBy(x => x.Line.SupplyDeadlineUtc ?? DateTime.MaxValue).ThenBy(x => x.Order.PostedAtUtc).ThenBy(x => x.Line.Number);
        foreach (var (order, line) in queue)
        {
            var take = Math.Min(available.GetValueOrDefault(line.PartId), line.Missing);
            if (take <= 0)
            {
                continue;
            }

            available[line.PartId] -= take;
            if (!byOrder.TryGetValue(order.Id.Value, out var lines))
            {
                byOrder[order.Id.Value] = lines = [];
                plan.Add((order.Id.Value, lines)); // orders in the order of their most urgent line
            }

            lines[line.Id] = take;
        }

        return plan;
    }
}

public sealed class OrdersWaitingForSpec : Specification<CustomerOrder>
{
    public OrdersWaitingForSpec(WarehouseId warehouse, IReadOnlyCollection<PartId> parts) =>
        Query.Where(o => o.Status == CustomerOrderStatus.Posted && o.WarehouseId == warehouse && o.Lines.Any(l => l.Awaiting && parts.Contains(l.PartId)));
}

public sealed class StockLevelsReadSpec : Specification<StockLevel>
{
    public StockLevelsReadSpec(IReadOnlyCollection<PartId> parts, WarehouseId warehouse) =>
        Query.Where(l => l.WarehouseId == warehouse && parts.Contains(l.PartId));
}
