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
