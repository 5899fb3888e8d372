using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Sales.Domain.Orders;

/// <summary>Every order event carries the order: the facts published are its state at commit.</summary>
public abstract record OrderDomainEvent(Order Order, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record OrderPlacedDomainEvent(Order Order, bool ClientHasPhone, DateTime OccurredAtUtc) : OrderDomainEvent(Order, OccurredAtUtc);

public sealed record OrderStatusChangedDomainEvent(Order Order, OrderStatus From, DateTime OccurredAtUtc) : OrderDomainEvent(Order, OccurredAtUtc);

/// <summary>A payment added, deleted or recalculated: the paid amount and maybe the status changed.</summary>
public sealed record OrderPaymentsChangedDomainEvent(Order Order, DateTime OccurredAtUtc) : OrderDomainEvent(Order, OccurredAtUtc);

public sealed record OrderManagerAssignedDomainEvent(Order Order, DateTime OccurredAtUtc) : OrderDomainEvent(Order, OccurredAtUtc);

/// <summary>Positions, tags or the access end changed.</summary>
public sealed record OrderDetailsChangedDomainEvent(Order Order, DateTime OccurredAtUtc) : OrderDomainEvent(Order, OccurredAtUtc);

/// <summary>The order's client got (or lost) a phone: processes on the order wait for one.</summary>
public sealed record OrderClientContactsChangedDomainEvent(Order Order, bool ClientHasPhone, DateTime OccurredAtUtc) : OrderDomainEvent(Order, OccurredAtUtc);
