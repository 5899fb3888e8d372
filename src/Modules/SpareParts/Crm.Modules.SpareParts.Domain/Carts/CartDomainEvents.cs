using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.SpareParts.Domain.Carts;

public sealed record CartOpenedDomainEvent(Cart Cart, DateTime OccurredAtUtc) : IDomainEvent;

/// <summary>The parts were sent to a station document (<paramref name="PickId"/> names this sending); its answer comes back as an event.</summary>
public sealed record CartPartsPickedDomainEvent(Cart Cart, Guid PickId, CartDocument Document, IReadOnlyList<CartLineSpec> Lines, DateTime OccurredAtUtc)
    : IDomainEvent;

/// <summary>The cart was saved with other lines (it also moves the cart's version: its rows are the lines').</summary>
public sealed record CartLinesChangedDomainEvent(Cart Cart, DateTime OccurredAtUtc) : IDomainEvent;
