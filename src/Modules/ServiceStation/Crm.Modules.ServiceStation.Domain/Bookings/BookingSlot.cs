using Crm.Modules.ServiceStation.Domain.Bays;

namespace Crm.Modules.ServiceStation.Domain.Bookings;

/// <summary>
/// A quarter of an hour of a bay that a booking holds. The database keeps (bay, start) unique, so two bookings can
/// never hold the same quarter of one bay, however many requests or hosts try at once (ADR 0071).
/// </summary>
public sealed class BookingSlot
{
    public static readonly TimeSpan Length = TimeSpan.FromMinutes(15);

    private BookingSlot()
    {
    }

    internal BookingSlot(BayId bayId, DateTime startsAtUtc)
    {
        Id = Guid.NewGuid();
        BayId = bayId;
        StartsAtUtc = startsAtUtc;
    }

    public Guid Id { get; private set; }

    public BayId BayId { get; private set; }

    public DateTime StartsAtUtc { get; private set; }

    /// <summary>The quarters from <paramref name="startsAtUtc"/> (inclusive) to <paramref name="endsAtUtc"/> (exclusive).</summary>
    public static IEnumerable<DateTime> Covering(DateTime startsAtUtc, DateTime endsAtUtc)
    {
        for (var slot = startsAtUtc; slot < endsAtUtc; slot += Length)
        {
            yield return slot;
        }
    }
}
