using Crm.BuildingBlocks.Contracts;

namespace Crm.Modules.ServiceStation.Contracts;

/// <summary>
/// A work order was closed: the car left. Who served the client: the master consultant and the technicians named on
/// its works (<see cref="TechnicianIds"/> is empty while the station does not record them). Quality schedules its
/// surveys after service from it (ADR 0083). Add fields; never rename or remove one.
/// </summary>
public sealed record WorkOrderClosedIntegrationEvent(
    Guid WorkOrderId,
    Guid ClientId,
    Guid VehicleId,
    Guid MasterConsultantId,
    IReadOnlyList<Guid> TechnicianIds,
    DateTime ClosedAtUtc) : IntegrationEvent;
