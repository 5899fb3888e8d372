using Crm.BuildingBlocks.Contracts;

namespace Crm.Modules.SpareParts.Contracts;

/// <summary>
/// A customer order tied to a Service Station booking tells it when the order's missing parts are expected now (ADR
/// 0085): on posting, when a line's supply deadline is set or moves, when goods fill a line's reserve, when a reserve
/// is released, and when the order is cancelled. <see cref="ExpectedAtUtc"/> is the latest supply deadline of the
/// lines still missing goods; null when nothing is missing (<see cref="Change"/> "all-in-stock") or the order was
/// cancelled ("cancelled"). Other changes: "posted", "deadline-moved", "line-reserved", "reserve-released". News
/// older than what the booking already heard (<see cref="IntegrationEvent.OccurredAtUtc"/>) is stale. Add fields;
/// never rename or remove one.
/// </summary>
public sealed record BookingPartsExpectedIntegrationEvent(
    Guid OrderId,
    Guid BookingId,
    Guid ClientId,
    DateTime? ExpectedAtUtc,
    string Change) : IntegrationEvent
{
    public const string DeadlineMoved = "deadline-moved";
}
