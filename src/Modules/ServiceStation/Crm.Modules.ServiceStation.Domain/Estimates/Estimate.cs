using Crm.BuildingBlocks.Domain;
using Crm.Modules.ServiceStation.Domain.Common;
using Crm.Modules.ServiceStation.Domain.Estimates.Rules;

namespace Crm.Modules.ServiceStation.Domain.Estimates;

public readonly record struct EstimateId(Guid Value) : ITypedId;

public enum EstimateStatus
{
    Open,
    Booked,
}

/// <summary>Who and what an estimate is for; the contact when it was opened while talking to the client.</summary>
public sealed record EstimateSubject(Guid? ClientId, Guid? VehicleId, Guid? ContactId);

/// <summary>
/// The seed's "calculation" (cart of works): the works with their norm hours and prices and the parts, with their
/// total, shown to a client before a booking. Booking it fixes it.
/// </summary>
public sealed class Estimate : AggregateRoot<EstimateId>
{
    private readonly List<EstimateWork> _works = [];
    private readonly List<EstimatePart> _parts = [];

    private Estimate()
    {
    }

    public Guid? ClientId { get; private set; }

    public Guid? VehicleId { get; private set; }

    public Guid? ContactId { get; private set; }

    public EstimateStatus Status { get; private set; }

    public Guid? BookingId { get; private set; }

    /// <summary>Works plus parts; a column so lists need no arithmetic in the database.</summary>
    public decimal Total { get; private set; }

    public DateTime OpenedAtUtc { get; private set; }

    public Guid? OpenedBy { get; private set; }

    public IReadOnlyList<EstimateWork> Works => _works;

    public IReadOnlyList<EstimatePart> Parts => _parts;

    public static Estimate Open(EstimateId id, EstimateSubject subject, IReadOnlyList<WorkSpec> works, IReadOnlyList<PartSpec> parts, Guid? by, DateTime nowUtc)
    {
        var estimate = new Estimate
        {
            Id = id,
            ClientId = subject.ClientId,
            VehicleId = subject.VehicleId,
            ContactId = subject.ContactId,
            Status = EstimateStatus.Open,
            OpenedAtUtc = Guard.Utc(nowUtc, nameof(nowUtc)),
            OpenedBy = by,
        };
        estimate.Fill(works, parts);
        estimate.Raise(new EstimateOpenedDomainEvent(estimate, nowUtc));
        return estimate;
    }

    /// <summary>The client changed their mind about what to do: the lines are replaced (a PUT replaces them all).</summary>
    public void ChangeLines(IReadOnlyList<WorkSpec> works, IReadOnlyList<PartSpec> parts, DateTime nowUtc)
    {
        CheckRule(new EstimateMustBeOpenRule(Status));
        Fill(works, parts);
        Raise(new EstimateChangedDomainEvent(this, nowUtc));
    }

    /// <summary>A booking was made from this estimate.</summary>
    public void Book(Guid bookingId, DateTime nowUtc)
    {
        CheckRule(new EstimateMustBeOpenRule(Status));
        Status = EstimateStatus.Booked;
        BookingId = bookingId;
        Raise(new EstimateBookedDomainEvent(this, nowUtc));
    }

    private void Fill(IReadOnlyList<WorkSpec> works, IReadOnlyList<PartSpec> parts)
    {
        CheckRule(new PartLineMustSayWhichPartRule(parts));
        _works.Clear();
        _parts.Clear();
        _works.AddRange(works.Select((w, i) => new EstimateWork(w, i + 1)));
        _parts.AddRange(parts.Select((p, i) => new EstimatePart(p, i + 1)));
        Total = _works.Sum(w => w.Price) + _parts.Sum(p => p.Amount);
    }
}

public abstract record EstimateDomainEvent(Estimate Estimate, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record EstimateOpenedDomainEvent(Estimate Estimate, DateTime OccurredAtUtc) : EstimateDomainEvent(Estimate, OccurredAtUtc);

public sealed record EstimateChangedDomainEvent(Estimate Estimate, DateTime OccurredAtUtc) : EstimateDomainEvent(Estimate, OccurredAtUtc);

public sealed record EstimateBookedDomainEvent(Estimate Estimate, DateTime OccurredAtUtc) : EstimateDomainEvent(Estimate, OccurredAtUtc);
