using Crm.BuildingBlocks.Domain;
using Crm.Modules.ServiceStation.Domain.Bays;
using Crm.Modules.ServiceStation.Domain.Common;
using Crm.Modules.ServiceStation.Domain.WorkOrders.Rules;

namespace Crm.Modules.ServiceStation.Domain.WorkOrders;

public readonly record struct WorkOrderId(Guid Value) : ITypedId;

public enum WorkOrderStatus
{
    Open,
    Closed,
}

/// <summary>What a work order opens with: the car's mileage at acceptance, and the booking or contact it came from.</summary>
public sealed record WorkOrderSpec(
    Guid ClientId, Guid VehicleId, Guid MasterConsultantId, BayId? BayId, Guid? BookingId, Guid? ContactId, int MileageKm,
    IReadOnlyList<WorkSpec> Works, IReadOnlyList<PartSpec> Parts);

/// <summary>A work the client declined, and by when the station recommends it.</summary>
public sealed record DeclinedWork(Guid WorkId, DateOnly? DueOn);

/// <summary>
/// The car is accepted: the works and parts with their statuses, the mileage read at acceptance. Closing it says
/// which works were done and which the client declined; the declined ones become <see cref="Recommendations"/>.
/// </summary>
public sealed class WorkOrder : AggregateRoot<WorkOrderId>
{
    private readonly List<WorkOrderWork> _works = [];
    private readonly List<WorkOrderPart> _parts = [];
    private readonly List<Recommendation> _recommendations = [];

    private WorkOrder()
    {
    }

    public Guid ClientId { get; private set; }

    public Guid VehicleId { get; private set; }

    public Guid MasterConsultantId { get; private set; }

    public BayId? BayId { get; private set; }

    public Guid? BookingId { get; private set; }

    public Guid? ContactId { get; private set; }

    public int MileageKm { get; private set; }

    public WorkOrderStatus Status { get; private set; }

    public DateTime OpenedAtUtc { get; private set; }

    public Guid? OpenedBy { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    public IReadOnlyList<WorkOrderWork> Works => _works;

    public IReadOnlyList<WorkOrderPart> Parts => _parts;

    public IReadOnlyList<Recommendation> Recommendations => _recommendations;

    public decimal Total => _works.Where(w => w.Status != WorkStatus.Declined).Sum(w => w.Price)
        + _parts.Where(p => p.Status != PartStatus.Declined).Sum(p => p.Quantity * p.Price);

    /// <summary>The car is accepted (from its booking, or straight from a contact when the client came at once).</summary>
    public static WorkOrder Open(WorkOrderId id, WorkOrderSpec spec, Guid? by, DateTime nowUtc)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(spec.MileageKm);
        var order = new WorkOrder
        {
            Id = id,
            ClientId = spec.ClientId,
            VehicleId = spec.VehicleId,
            MasterConsultantId = spec.MasterConsultantId,
            BayId = spec.BayId,
            BookingId = spec.BookingId,
            ContactId = spec.ContactId,
            MileageKm = spec.MileageKm,
            Status = WorkOrderStatus.Open,
            OpenedAtUtc = Guard.Utc(nowUtc, nameof(nowUtc)),
            OpenedBy = by,
        };
        order.CheckParts(spec.Parts);
        order._works.AddRange(spec.Works.Select((w, i) => new WorkOrderWork(w, i + 1)));
        order._parts.AddRange(spec.Parts.Select((p, i) => new WorkOrderPart(p, i + 1)));
        order.Raise(new WorkOrderOpenedDomainEvent(order, nowUtc));
        order.AskForPartsIfNeeded(spec.Parts, nowUtc);
        return order;
    }

    public WorkOrderWork AddWork(WorkSpec spec, DateTime nowUtc)
    {
        CheckRule(new WorkOrderMustBeOpenRule(Status));
        var work = new WorkOrderWork(spec, _works.Count + 1);
        _works.Add(work);
        Raise(new WorkOrderChangedDomainEvent(this, nowUtc));
        return work;
    }

    public WorkOrderPart AddPart(PartSpec spec, DateTime nowUtc)
    {
        CheckRule(new WorkOrderMustBeOpenRule(Status));
        CheckParts([spec]);
        var part = new WorkOrderPart(spec, _parts.Count + 1);
        _parts.Add(part);
        Raise(new WorkOrderChangedDomainEvent(this, nowUtc));
        AskForPartsIfNeeded([spec], nowUtc);
        return part;
    }

    /// <summary>A part asked for in words only: the parts specialists are to pick it ("Select parts").</summary>
    private void AskForPartsIfNeeded(IReadOnlyList<PartSpec> added, DateTime nowUtc)
    {
        if (PartLine.AsksForParts(added, _parts))
        {
            Raise(new WorkOrderPartsNeededDomainEvent(this, nowUtc));
        }
    }

    public void SetWorkStatus(Guid workId, WorkStatus status, DateTime nowUtc)
    {
        CheckRule(new WorkOrderMustBeOpenRule(Status));
        Work(workId).Status = status;
        Raise(new WorkOrderChangedDomainEvent(this, nowUtc));
    }

    public void SetPartStatus(Guid partId, PartStatus status, DateTime nowUtc)
    {
        CheckRule(new WorkOrderMustBeOpenRule(Status));
        var part = _parts.SingleOrDefault(p => p.Id == partId);
        CheckRule(new LineMustBelongToOrderRule("part", partId, part is not null));
        part!.Status = status;
        Raise(new WorkOrderChangedDomainEvent(this, nowUtc));
    }

    /// <summary>
    /// The car leaves: the works named done are done, the declined ones become recommendations (with the date the
    /// master consultant gave), and every other work must already be settled.
    /// </summary>
    public void Close(IReadOnlyList<Guid> done, IReadOnlyList<DeclinedWork> declined, DateTime nowUtc)
    {
        CheckRule(new WorkOrderMustBeOpenRule(Status));
        var doneWorks = done.Select(Work).ToList();
        var declinedWorks = declined.Select(d => (Work: Work(d.WorkId), d.DueOn)).ToList();
        CheckRule(new EveryWorkSettledRule(_works.Where(w => !doneWorks.Contains(w) && !declinedWorks.Any(d => d.Work == w)).ToList()));
        doneWorks.ForEach(w => w.Status = WorkStatus.Done);
        foreach (var (work, dueOn) in declinedWorks)
        {
            work.Status = WorkStatus.Declined;
        }

        var dueDates = declinedWorks.ToDictionary(d => d.Work.Id, d => d.DueOn);
        _recommendations.AddRange(_works.Where(w => w.Status == WorkStatus.Declined)
            .Select(w => new Recommendation(w, dueDates.GetValueOrDefault(w.Id), nowUtc)));
        Status = WorkOrderStatus.Closed;
        ClosedAtUtc = Guard.Utc(nowUtc, nameof(nowUtc));
        Raise(new WorkOrderClosedDomainEvent(this, nowUtc));
    }

    private WorkOrderWork Work(Guid workId)
    {
        var work = _works.SingleOrDefault(w => w.Id == workId);
        CheckRule(new LineMustBelongToOrderRule("work", workId, work is not null));
        return work!;
    }

    private void CheckParts(IReadOnlyList<PartSpec> parts) => CheckRule(new PartLineMustSayWhichPartRule(parts));
}

public abstract record WorkOrderDomainEvent(WorkOrder WorkOrder, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record WorkOrderOpenedDomainEvent(WorkOrder WorkOrder, DateTime OccurredAtUtc) : WorkOrderDomainEvent(WorkOrder, OccurredAtUtc);

/// <summary>Works or parts added, or their statuses changed.</summary>
public sealed record WorkOrderChangedDomainEvent(WorkOrder WorkOrder, DateTime OccurredAtUtc) : WorkOrderDomainEvent(WorkOrder, OccurredAtUtc);

/// <summary>A part line without a part reference was added (or opened with): parts are to be selected.</summary>
public sealed record WorkOrderPartsNeededDomainEvent(WorkOrder WorkOrder, DateTime OccurredAtUtc) : WorkOrderDomainEvent(WorkOrder, OccurredAtUtc);

public sealed record WorkOrderClosedDomainEvent(WorkOrder WorkOrder, DateTime OccurredAtUtc) : WorkOrderDomainEvent(WorkOrder, OccurredAtUtc);
