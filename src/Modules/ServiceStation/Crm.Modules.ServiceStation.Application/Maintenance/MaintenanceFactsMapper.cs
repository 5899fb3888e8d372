using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Contracts;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.ServiceStation.Application.Processes;
using Crm.Modules.ServiceStation.Domain.Bookings;
using Crm.Modules.ServiceStation.Domain.Maintenance;

namespace Crm.Modules.ServiceStation.Application.Maintenance;

/// <summary>
/// The vehicle's facts for maintenance invitations (ADR 0077): <c>maintenance-due</c> (the works item, why — months
/// or km — and when it was found due) and <c>booked</c> (a booking was made for the car, and when), so an invitation
/// closes by itself once the car is booked after it was found due.
/// </summary>
internal sealed class MaintenanceFactsMapper : IIntegrationEventMapper
{
    public IntegrationEvent? Map(IDomainEvent domainEvent) => domainEvent switch
    {
        MaintenanceDueDomainEvent e => Due(e),
        VehicleBookedDomainEvent e => new FactsReportedIntegrationEvent(
            new ObjectReference(ServiceStationFacts.Vehicle, e.Booking.VehicleId.ToString()), DocumentFacts.Booked, new Dictionary<string, object?>
            {
                ["client.id"] = e.Booking.ClientId.ToString(),
                ["last-booking.id"] = e.Booking.Id.Value.ToString(),
                ["last-booking.made-at"] = e.Booking.CreatedAtUtc,
                ["last-booking.starts-at"] = e.Booking.StartsAtUtc,
            }),
        _ => null,
    };

    private static FactsReportedIntegrationEvent Due(MaintenanceDueDomainEvent e)
    {
        var facts = DocumentFactsMapper.VehicleFacts(e.Vehicle);
        facts["maintenance.works"] = e.Due.WorksItem;
        facts["maintenance.reason"] = ServiceStationFactsMapper.Kebab(e.Due.Reason.ToString());
        facts["maintenance.due-at"] = e.Due.ReportedAtUtc;
        facts["maintenance.rule.id"] = e.Due.RuleId.Value.ToString();
        facts["maintenance.since"] = e.Due.SinceUtc;
        facts["maintenance.since-km"] = e.Due.SinceKm is { } km ? (decimal)km : null;
        facts["maintenance.expected-km"] = e.Due.ExpectedKm is { } expected ? (decimal)expected : null;
        return new FactsReportedIntegrationEvent(new ObjectReference(ServiceStationFacts.Vehicle, e.Vehicle.Id.Value.ToString()), ServiceStationFacts.MaintenanceDue, facts);
    }
}
