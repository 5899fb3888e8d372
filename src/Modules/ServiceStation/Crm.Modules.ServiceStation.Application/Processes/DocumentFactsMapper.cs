using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Contracts;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.ServiceStation.Domain.Bookings;
using Crm.Modules.ServiceStation.Domain.Common;
using Crm.Modules.ServiceStation.Domain.Estimates;
using Crm.Modules.ServiceStation.Domain.Vehicles;
using Crm.Modules.ServiceStation.Domain.WorkOrders;

namespace Crm.Modules.ServiceStation.Application.Processes;

/// <summary>
/// What the station's documents tell processes, as they are at commit: bookings (created, moved, cancelled, no-show,
/// arrived: a work order opened from it; changed: parts added; parts-needed), work orders (opened: the car accepted; changed; parts-needed; closed, with the declined works), estimates (opened, changed,
/// booked) and vehicles (mileage recorded).
/// Ids are facts "….id" so a process can follow them to the contact or booking they came from.
/// </summary>
internal sealed class DocumentFactsMapper : IIntegrationEventMapper
{
    public IntegrationEvent? Map(IDomainEvent domainEvent) => domainEvent switch
    {
        BookingCreatedDomainEvent e => Facts(e.Booking, FactsReportedIntegrationEvent.Created),
        BookingMovedDomainEvent e => Facts(e.Booking, DocumentFacts.Moved),
        BookingCancelledDomainEvent e => Facts(e.Booking, DocumentFacts.Cancelled),
        BookingNoShowDomainEvent e => Facts(e.Booking, DocumentFacts.NoShow),
        BookingArrivedDomainEvent e => Facts(e.Booking, DocumentFacts.Arrived),
        BookingPartsAddedDomainEvent e => Facts(e.Booking, DocumentFacts.Changed),
        BookingPartsNeededDomainEvent e => Facts(e.Booking, DocumentFacts.PartsNeeded),
        WorkOrderOpenedDomainEvent e => Facts(e.WorkOrder, DocumentFacts.Opened),
        WorkOrderChangedDomainEvent e => Facts(e.WorkOrder, DocumentFacts.Changed),
        WorkOrderClosedDomainEvent e => Facts(e.WorkOrder, DocumentFacts.Closed),
        WorkOrderPartsNeededDomainEvent e => Facts(e.WorkOrder, DocumentFacts.PartsNeeded),
        EstimateOpenedDomainEvent e => Facts(e.Estimate, DocumentFacts.Opened),
        EstimateChangedDomainEvent e => Facts(e.Estimate, DocumentFacts.Changed),
        EstimateBookedDomainEvent e => Facts(e.Estimate, DocumentFacts.Booked),
        MileageRecordedDomainEvent e => Facts(e.Vehicle, DocumentFacts.MileageRecorded),
        _ => null,
    };

    private static FactsReportedIntegrationEvent Facts(Booking b, string @event) =>
        new(new ObjectReference(ServiceStationFacts.Booking, b.Id.Value.ToString()), @event, new Dictionary<string, object?>
        {
            ["starts-at"] = b.StartsAtUtc,
            ["ends-at"] = b.EndsAtUtc,
            ["bay"] = b.BayId.Value.ToString(),
            ["master-consultant.id"] = b.MasterConsultantId.ToString(),
            ["client.id"] = b.ClientId.ToString(),
            ["vehicle.id"] = b.VehicleId.ToString(),
            ["contact.id"] = b.ContactId?.ToString(),
            ["estimate.id"] = b.EstimateId?.ToString(),
            ["work-order.id"] = b.WorkOrderId?.ToString(),
            ["status"] = b.Status.ToString(),
            ["reason"] = b.Reason,
            ["parts-to-select"] = (decimal)PartLine.ToSelect(b.PlannedParts),
            ["parts-selected"] = (decimal)PartLine.Selected(b.PlannedParts),
        });

    private static FactsReportedIntegrationEvent Facts(WorkOrder o, string @event) =>
        new(new ObjectReference(ServiceStationFacts.WorkOrder, o.Id.Value.ToString()), @event, new Dictionary<string, object?>
        {
            ["status"] = o.Status.ToString(),
            ["booking.id"] = o.BookingId?.ToString(),
            ["contact.id"] = o.ContactId?.ToString(),
            ["client.id"] = o.ClientId.ToString(),
            ["vehicle.id"] = o.VehicleId.ToString(),
            ["master-consultant.id"] = o.MasterConsultantId.ToString(),
            ["mileage"] = (decimal)o.MileageKm,
            ["opened-at"] = o.OpenedAtUtc,
            ["closed-at"] = o.ClosedAtUtc,
            ["declined-works"] = (decimal)o.Recommendations.Count,
            ["needs-parts"] = o.Parts.Any(p => p.Status == PartStatus.Needed),
            ["parts-to-select"] = (decimal)PartLine.ToSelect(o.Parts),
            ["parts-selected"] = (decimal)PartLine.Selected(o.Parts),
        });

    private static FactsReportedIntegrationEvent Facts(Vehicle v, string @event) =>
        new(new ObjectReference(ServiceStationFacts.Vehicle, v.Id.Value.ToString()), @event, VehicleFacts(v));

    /// <summary>What every report about a vehicle says of it (the maintenance facts add to these).</summary>
    internal static Dictionary<string, object?> VehicleFacts(Vehicle v) =>
        new()
        {
            ["make"] = v.Make,
            ["model"] = v.Model,
            ["year"] = (decimal)v.Year,
            ["client.id"] = v.OwnerClientId.ToString(),
            ["mileage"] = v.Readings.MaxBy(r => r.AtUtc) is { } last ? (decimal)last.Km : null,
        };

    private static FactsReportedIntegrationEvent Facts(Estimate e, string @event) =>
        new(new ObjectReference(ServiceStationFacts.Estimate, e.Id.Value.ToString()), @event, new Dictionary<string, object?>
        {
            ["status"] = e.Status.ToString(),
            ["total"] = e.Total,
            ["contact.id"] = e.ContactId?.ToString(),
            ["client.id"] = e.ClientId?.ToString(),
            ["vehicle.id"] = e.VehicleId?.ToString(),
            ["booking.id"] = e.BookingId?.ToString(),
        });
}

/// <summary>The event names of the station's documents (the object types are <see cref="ServiceStationFacts"/>').</summary>
public static class DocumentFacts
{
    public const string Moved = "moved";
    public const string Cancelled = "cancelled";
    public const string NoShow = "no-show";
    public const string Opened = "opened";
    public const string Closed = "closed";
    public const string Booked = "booked";
    public const string Changed = "changed";
    public const string MileageRecorded = "mileage-recorded";
    public const string Arrived = "arrived";
    public const string PartsNeeded = "parts-needed";
}
