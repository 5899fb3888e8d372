using Crm.BuildingBlocks.Contracts;

namespace Crm.Modules.ServiceStation.Contracts;

// The station's answers to parts picked for its documents (Spare Parts' PartsPicked, ADR 0081): exactly one per
// PickId. Add fields; never rename or remove one.

/// <summary>The picked parts are now lines of the work order or booking (with the part's reference).</summary>
public sealed record PickedPartsAddedIntegrationEvent(Guid PickId, Guid CartId, string DocumentKind, Guid DocumentId) : IntegrationEvent;

/// <summary>
/// The document refused the parts (closed meanwhile, cancelled, unknown…): <see cref="Code"/> is the refusal's stable
/// code (e.g. "work-order.closed"), <see cref="Reason"/> its words. Nothing was added.
/// </summary>
public sealed record PickedPartsRefusedIntegrationEvent(Guid PickId, Guid CartId, string DocumentKind, Guid DocumentId, string Code, string Reason)
    : IntegrationEvent;
