using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Domain;
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
/// stock; the orders are then filled in transactions of their own (re-read, capped by what is available then, retried on a
/// version conflict) with up to <see cref="BatchSize"/> others: an order cancelled meanwhile keeps nothing, and one
/// that cannot take its fill sends its batch back an order at a time, so it undoes nobody else's fill. Safe to run again:
/// a line reserved in full is no longer waiting.
/// </summary>
public sealed class WaitingReserves(
    IReadRepository<CustomerOrder> orders, IReadRepository<StockLevel> levels, IMediator mediator, IUnitOfWorkLocator unitOfWorks, ILogger<WaitingReserves> logger)
{
    /// <summary>Orders filled in one transaction; a batch that fails is filled again an order at a time.</summary>
    public const int BatchSize = 50;

    /// <summary>Answers how much was reserved in all.</summary>
    public async Task<decimal> FillAsync(WarehouseId warehouse, IReadOnlyList<PartId> parts, Guid byEmployeeId, CancellationToken ct)
    {
        var filled = 0m;
        foreach (var batch in (await PlanAsync(warehouse, parts, ct)).Chunk(BatchSize))
        {
            filled += await TryFillAsync(batch, byEmployeeId, ct) ?? await FillOneByOneAsync(batch, byEmployeeId, ct);
        }

        return filled;
    }

    /// <summary>Batching never changes meaning: an order that cannot take its fill is left out, the others keep theirs.</summary>
    private async Task<decimal> FillOneByOneAsync(OrderFill[] batch, Guid byEmployeeId, CancellationToken ct)
    {
        var filled = 0m;
        foreach (var fill in batch)
        {
            filled += await TryFillAsync([fill], byEmployeeId, ct) ?? 0m;
        }

        return filled;
    }

    private async Task<decimal?> TryFillAsync(OrderFill[] fills, Guid byEmployeeId, CancellationToken ct)
    {
        var unitOfWork = unitOfWorks.For(typeof(FillOrderReservesCommand));
        try
        {
            return await mediator.Send(new FillOrderReservesCommand(fills, byEmployeeId), ct);
        }
        catch (Exception ex) when (ex is BusinessRuleValidationException or NotFoundException or ConcurrencyConflictException)
        {
            logger.LogWarning("Orders {OrderIds} could not take their share of arrived goods together: {Error}", string.Join(", ", fills.Select(f => f.OrderId)), ex.Message);
            return null;
        }
        finally
        {
            unitOfWork.DiscardChanges(); // each transaction reads afresh; a thousand tracked orders would slow every save
        }
    }

    private async Task<List<OrderFill>> PlanAsync(WarehouseId warehouse, IReadOnlyList<PartId> parts, CancellationToken ct)
    {
        var waiting = await orders.ListAsync(new OrdersWaitingForSpec(warehouse, parts), ct);
        var available = (await levels.ListAsync(new StockLevelsReadSpec(parts, warehouse), ct)).ToDictionary(l => l.PartId, l => l.Available);
        var wanted = parts.ToHashSet();
        var plan = new List<OrderFill>();
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
                plan.Add(new OrderFill(order.Id.Value, lines)); // orders in the order of their most urgent line
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
