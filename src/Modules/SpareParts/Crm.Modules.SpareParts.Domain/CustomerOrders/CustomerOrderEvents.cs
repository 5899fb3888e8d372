using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.SpareParts.Domain.CustomerOrders;

public sealed record CustomerOrderPostedDomainEvent(CustomerOrder Order, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record CustomerOrderCancelledDomainEvent(CustomerOrder Order, DateTime OccurredAtUtc) : IDomainEvent;

/// <summary>A goods receipt filled (part of) a line's reserve.</summary>
public sealed record OrderLineArrivedDomainEvent(CustomerOrder Order, CustomerOrderLine Line, decimal Quantity, bool OnTime, DateTime OccurredAtUtc) : IDomainEvent;

/// <summary>A line became reserved in full after posting, by a receipt (automatic) or by somebody.</summary>
public sealed record OrderReserveSetDomainEvent(CustomerOrder Order, CustomerOrderLine Line, bool Automatic, bool OnTime, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record OrderAllGoodsInStockDomainEvent(CustomerOrder Order, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record OrderReserveReleasedDomainEvent(CustomerOrder Order, CustomerOrderLine Line, decimal Quantity, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record SupplyDeadlineChangedDomainEvent(CustomerOrder Order, CustomerOrderLine Line, DateTime? PreviousUtc, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record CustomerOrderSoldDomainEvent(CustomerOrder Order, Guid SaleId, DateTime OccurredAtUtc) : IDomainEvent;

/// <summary>
/// What a booking waiting for the order's goods is to know (ADR 0085): when the last missing goods are expected now
/// (<see cref="ExpectedAtUtc"/>; null when nothing is missing or the order was cancelled), and what changed.
/// </summary>
public sealed record OrderPartsExpectationDomainEvent(CustomerOrder Order, DateTime? ExpectedAtUtc, string Change, DateTime OccurredAtUtc) : IDomainEvent;

/// <summary>Why a booking hears from its order again: the codes of <see cref="OrderPartsExpectationDomainEvent.Change"/>.</summary>
public static class PartsExpectationChange
{
    public const string Posted = "posted";
    public const string DeadlineMoved = "deadline-moved";
    public const string LineReserved = "line-reserved";
    public const string AllInStock = "all-in-stock";
    public const string ReserveReleased = "reserve-released";
    public const string Cancelled = "cancelled";
}
