using Crm.BuildingBlocks.Domain;
using Crm.Modules.ServiceStation.Domain.Bays;
using Crm.Modules.ServiceStation.Domain.Bookings.Rules;
using Crm.Modules.ServiceStation.Domain.Common;

namespace Crm.Modules.ServiceStation.Domain.Bookings;

public readonly record struct BookingId(Guid Value) : ITypedId;

/// <summary>
/// Where a booking stands: the car is expected (<see cref="Booked"/>), came (<see cref="Arrived"/>: a work order was
/// opened), did not come (<see cref="NoShow"/>: it may still be moved or cancelled), or the visit was called off.
/// </summary>
public enum BookingStatus
{
    Booked,
    Arrived,
    NoShow,
    Cancelled,
}

/// <summary>When and where: the bay and the span it is held for.</summary>
public sealed record BookingTime(BayId BayId, DateTime StartsAtUtc, DateTime EndsAtUtc);

/// <summary>What a new booking is made of; the contact and the estimate when it was made from them.</summary>
public sealed record BookingSpec(
    Guid ClientId, Guid VehicleId, Guid MasterConsultantId, BookingTime Time, IReadOnlyList<WorkSpec> PlannedWorks, Guid? ContactId, Guid? EstimateId,
    IReadOnlyList<PartSpec>? PlannedParts = null);

/// <summary>
/// A repair booking: a client's car expected in a bay at a time, with the master consultant who will accept it and
/// the works planned. It holds its bay's quarters (<see cref="Slots"/>) while the car is expected or in the bay;
/// cancelling it or a no-show frees them.
/// </summary>
public sealed class Booking : AggregateRoot<BookingId>
{
    public const int ReasonMaxLength = 1000;

    private readonly List<BookingWork> _plannedWorks = [];
    private readonly List<BookingPart> _plannedParts = [];
    private readonly List<BookingSlot> _slots = [];

    private Booking()
    {
    }

    public Guid ClientId { get; private set; }

    public Guid VehicleId { get; private set; }

    public BayId BayId { get; private set; }

    public Guid MasterConsultantId { get; private set; }

    public DateTime StartsAtUtc { get; private set; }

    public DateTime EndsAtUtc { get; private set; }

    public Guid? ContactId { get; private set; }

    public Guid? EstimateId { get; private set; }

    public BookingStatus Status { get; private set; }

    /// <summary>Why it was cancelled or why the car did not come.</summary>
    public string? Reason { get; private set; }

    public Guid? WorkOrderId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public Guid? CreatedBy { get; private set; }

    /// <summary>When Spare Parts now expects the last parts of a customer order for this visit (null: none awaited).</summary>
    public DateTime? PartsExpectedAtUtc { get; private set; }

    /// <summary>The parts cannot arrive before the car is expected: the station sees it before the day (ADR 0085).</summary>
    public bool PartsLate { get; private set; }

    /// <summary>When the parts' latest news happened: older news arriving later is stale.</summary>
    public DateTime? PartsNewsAtUtc { get; private set; }

    public IReadOnlyList<BookingWork> PlannedWorks => _plannedWorks;

    public IReadOnlyList<BookingPart> PlannedParts => _plannedParts;

    public IReadOnlyList<BookingSlot> Slots => _slots;

    public static Booking Make(BookingId id, BookingSpec spec, Guid? by, DateTime nowUtc)
    {
        CheckRule(new BookingSpanMustFitQuartersRule(spec.Time.StartsAtUtc, spec.Time.EndsAtUtc));
        var booking = new Booking
        {
            Id = id,
            ClientId = spec.ClientId,
            VehicleId = spec.VehicleId,
            MasterConsultantId = spec.MasterConsultantId,
            ContactId = spec.ContactId,
            EstimateId = spec.EstimateId,
            Status = BookingStatus.Booked,
            CreatedAtUtc = Guard.Utc(nowUtc, nameof(nowUtc)),
            CreatedBy = by,
        };
        booking._plannedWorks.AddRange(spec.PlannedWorks.Select((w, i) => new BookingWork(w, i + 1)));
        booking.Hold(spec.Time);
        booking.Raise(new BookingCreatedDomainEvent(booking, nowUtc));
        booking.Raise(new VehicleBookedDomainEvent(booking, nowUtc)); // the car's facts show it too (an invitation waits on them)
        booking.AddParts(spec.PlannedParts ?? [], nowUtc);
        return booking;
    }

    /// <summary>
    /// Parts the visit needs: in words ("front pads") they are for the parts specialists to select (parts-needed); a
    /// line naming a part by its reference answers one of those.
    /// </summary>
    public void AddPlannedParts(IReadOnlyList<PartSpec> parts, DateTime nowUtc)
    {
        CheckRule(new BookingMustBeOpenRule(Status));
        AddParts(parts, nowUtc);
        Raise(new BookingPartsAddedDomainEvent(this, nowUtc));
    }

    private void AddParts(IReadOnlyList<PartSpec> parts, DateTime nowUtc)
    {
        CheckRule(new PartLineMustSayWhichPartRule(parts));
        _plannedParts.AddRange(parts.Select((p, i) => new BookingPart(p, _plannedParts.Count + i + 1)));
        if (PartLine.AsksForParts(parts, _plannedParts))
        {
            Raise(new BookingPartsNeededDomainEvent(this, nowUtc));
        }
    }

    /// <summary>Another time or bay (the client asked, or did not come and is booked again): the car is expected again.</summary>
    public void Move(BookingTime time, Guid? masterConsultantId, DateTime nowUtc)
    {
        CheckRule(new BookingMustBeOpenRule(Status));
        CheckRule(new BookingSpanMustFitQuartersRule(time.StartsAtUtc, time.EndsAtUtc));
        var from = new BookingTime(BayId, StartsAtUtc, EndsAtUtc);
        Hold(time);
        MasterConsultantId = masterConsultantId ?? MasterConsultantId;
        Status = BookingStatus.Booked;
        Reason = null;
        PartsLate = PartsPromise.IsLate(PartsExpectedAtUtc, StartsAtUtc);
        Raise(new BookingMovedDomainEvent(this, from, nowUtc));
    }

    public void Cancel(string? reason, DateTime nowUtc)
    {
        CheckRule(new BookingMustBeOpenRule(Status));
        Status = BookingStatus.Cancelled;
        Reason = Lines.Optional(reason, ReasonMaxLength);
        _slots.Clear();
        Raise(new BookingCancelledDomainEvent(this, nowUtc));
    }

    /// <summary>The car did not come: the bay is free for someone else, and the booking waits to be moved or cancelled.</summary>
    public void MarkNoShow(string? reason, DateTime nowUtc)
    {
        CheckRule(new NoShowNeedsExpectedCarRule(Status));
        CheckRule(new NoShowOnlyAfterStartRule(StartsAtUtc, nowUtc));
        Status = BookingStatus.NoShow;
        Reason = Lines.Optional(reason, ReasonMaxLength);
        _slots.Clear();
        Raise(new BookingNoShowDomainEvent(this, nowUtc));
    }

    /// <summary>The car came and a work order was opened for it (a late car marked as a no-show may still come).</summary>
    public void Accept(Guid workOrderId, DateTime nowUtc)
    {
        CheckRule(new BookingMustBeOpenRule(Status));
        Status = BookingStatus.Arrived;
        WorkOrderId = workOrderId;
        Raise(new BookingArrivedDomainEvent(this, nowUtc));
    }

    /// <summary>
    /// Spare Parts' news about the parts the visit waits for (ADR 0085): when they are now expected (null: all in stock
    /// or none awaited). The booking is flagged while they cannot arrive before it starts; the master consultant moves
    /// it. Stale news (older than the last heard) and news for a visit that is over change nothing. Answers whether
    /// the expected moment changed.
    /// </summary>
    public bool ExpectParts(DateTime? expectedAtUtc, DateTime newsAtUtc)
    {
        if (Status is not (BookingStatus.Booked or BookingStatus.NoShow) || PartsNewsAtUtc > newsAtUtc)
        {
            return false;
        }

        var changed = PartsExpectedAtUtc != expectedAtUtc;
        PartsNewsAtUtc = Guard.Utc(newsAtUtc, nameof(newsAtUtc));
        PartsExpectedAtUtc = expectedAtUtc is { } expected ? Guard.Utc(expected, nameof(expectedAtUtc)) : null;
        PartsLate = PartsPromise.IsLate(PartsExpectedAtUtc, StartsAtUtc);
        return changed;
    }

    public bool Overlaps(BookingTime time) =>
        BayId == time.BayId && StartsAtUtc < time.EndsAtUtc && time.StartsAtUtc < EndsAtUtc;

    /// <summary>Takes the quarters of <paramref name="time"/>, keeping those already held (a slot is never dropped and re-added in one save).</summary>
    private void Hold(BookingTime time)
    {
        BayId = time.BayId;
        StartsAtUtc = Guard.Utc(time.StartsAtUtc, nameof(time));
        EndsAtUtc = Guard.Utc(time.EndsAtUtc, nameof(time));
        var wanted = BookingSlot.Covering(StartsAtUtc, EndsAtUtc).ToHashSet();
        _slots.RemoveAll(s => s.BayId != BayId || !wanted.Contains(s.StartsAtUtc));
        wanted.ExceptWith(_slots.Select(s => s.StartsAtUtc));
        _slots.AddRange(wanted.Order().Select(start => new BookingSlot(BayId, start)));
    }
}

public abstract record BookingDomainEvent(Booking Booking, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record BookingCreatedDomainEvent(Booking Booking, DateTime OccurredAtUtc) : BookingDomainEvent(Booking, OccurredAtUtc);

/// <summary>The same booking told about its car: processes on the vehicle (maintenance invitations) see it was booked.</summary>
public sealed record VehicleBookedDomainEvent(Booking Booking, DateTime OccurredAtUtc) : BookingDomainEvent(Booking, OccurredAtUtc);

public sealed record BookingMovedDomainEvent(Booking Booking, BookingTime From, DateTime OccurredAtUtc) : BookingDomainEvent(Booking, OccurredAtUtc);

public sealed record BookingCancelledDomainEvent(Booking Booking, DateTime OccurredAtUtc) : BookingDomainEvent(Booking, OccurredAtUtc);

/// <summary>The car came: a work order was opened from the booking (its "Accept the client's car" closes by itself).</summary>
public sealed record BookingArrivedDomainEvent(Booking Booking, DateTime OccurredAtUtc) : BookingDomainEvent(Booking, OccurredAtUtc);

public sealed record BookingPartsAddedDomainEvent(Booking Booking, DateTime OccurredAtUtc) : BookingDomainEvent(Booking, OccurredAtUtc);

/// <summary>A part the visit needs was asked for in words: the parts specialists are to select it.</summary>
public sealed record BookingPartsNeededDomainEvent(Booking Booking, DateTime OccurredAtUtc) : BookingDomainEvent(Booking, OccurredAtUtc);

public sealed record BookingNoShowDomainEvent(Booking Booking, DateTime OccurredAtUtc) : BookingDomainEvent(Booking, OccurredAtUtc);
