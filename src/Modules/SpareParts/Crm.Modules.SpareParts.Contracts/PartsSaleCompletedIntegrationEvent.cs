using Crm.BuildingBlocks.Contracts;

namespace Crm.Modules.SpareParts.Contracts;

/// <summary>
/// A customer order's goods were sold: the sale, its client (null for a walk-in), the order's manager who served the
/// client, who recorded the sale and when. Quality schedules its surveys after a parts sale from it (ADR 0083). Add
/// fields; never rename or remove one.
/// </summary>
public sealed record PartsSaleCompletedIntegrationEvent(
    Guid SaleId,
    Guid? ClientId,
    Guid ManagerId,
    Guid SoldById,
    DateTime CompletedAtUtc) : IntegrationEvent;
