using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.ServiceStation.Domain.Telephony;

/// <summary>
/// A webhook delivery the station accepted, known by its signature: the same signed request sent again (a replay by
/// whoever caught it on the way) finds it and is refused. Only deliveries within the freshness window can be
/// replayed, so older ones may be forgotten (ADR 0069).
/// </summary>
public sealed class TelephonyDelivery : AggregateRoot<Guid>
{
    private TelephonyDelivery()
    {
    }

    public DateTime ReceivedAtUtc { get; private set; }

    public static TelephonyDelivery Accept(Guid signatureId, DateTime nowUtc) => new() { Id = signatureId, ReceivedAtUtc = nowUtc };
}

/// <summary>What the PBX reports about a call.</summary>
public enum CallEvent
{
    /// <summary>The phone rings: nothing is recorded until the call is answered or lost.</summary>
    Incoming,
    Answered,
    Missed,

    /// <summary>The call is over; one that was never answered is a missed call.</summary>
    Ended,
}
