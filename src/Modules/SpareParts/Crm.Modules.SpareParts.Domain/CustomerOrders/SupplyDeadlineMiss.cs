using Crm.BuildingBlocks.Domain;
using Crm.Modules.SpareParts.Domain.CustomerOrders.Rules;

namespace Crm.Modules.SpareParts.Domain.CustomerOrders;

public readonly record struct SupplyDeadlineMissId(Guid Value) : ITypedId;

/// <summary>
/// A line's supply deadline passed without its goods: one per line and deadline, a unique key in the database, so
/// two replicas or two runs of the check that find the same late line record it once and announce it once (ADR 0082).
/// A new deadline that passes too is a new miss.
/// </summary>
public sealed class SupplyDeadlineMiss : AggregateRoot<SupplyDeadlineMissId>
{
    private SupplyDeadlineMiss()
    {
    }

    public CustomerOrderId OrderId { get; private set; }

    public Guid LineId { get; private set; }

    public DateTime DeadlineUtc { get; private set; }

    public DateTime ReportedAtUtc { get; private set; }

    public static SupplyDeadlineMiss Report(CustomerOrder order, Guid lineId, DateTime nowUtc)
    {
        var line = order.Line(lineId);
        CheckRule(new DeadlineMustHavePassedRule(order.Status, line, nowUtc));
        var miss = new SupplyDeadlineMiss
        {
            Id = new SupplyDeadlineMissId(Guid.NewGuid()),
            OrderId = order.Id,
            LineId = line.Id,
            DeadlineUtc = line.SupplyDeadlineUtc!.Value,
            ReportedAtUtc = Guard.Utc(nowUtc, nameof(nowUtc)),
        };
        miss.Raise(new SupplyDeadlineMissedDomainEvent(order, line, nowUtc));
        return miss;
    }
}

/// <summary>Told to processes as the order's fact <c>supply-deadline-missed</c>.</summary>
public sealed record SupplyDeadlineMissedDomainEvent(CustomerOrder Order, CustomerOrderLine Line, DateTime OccurredAtUtc) : IDomainEvent;
