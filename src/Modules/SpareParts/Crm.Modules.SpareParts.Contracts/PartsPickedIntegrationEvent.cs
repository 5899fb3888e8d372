using Crm.BuildingBlocks.Contracts;

namespace Crm.Modules.SpareParts.Contracts;

/// <summary>
/// A parts specialist picked parts into a cart and sent them to a Service Station document ("add to the work order /
/// booking"): <see cref="DocumentKind"/> is "work-order" or "booking". The station adds the lines through its own use
/// cases (each line names the part by <see cref="PickedPartLine.PartId"/>, its reference) and answers with
/// PickedPartsAdded or PickedPartsRefused naming <see cref="PickId"/> (ADR 0081). Add fields; never rename or remove one.
/// </summary>
public sealed record PartsPickedIntegrationEvent(
    Guid PickId,
    Guid CartId,
    string DocumentKind,
    Guid DocumentId,
    IReadOnlyList<PickedPartLine> Lines) : IntegrationEvent;

/// <summary>One picked part: its catalogue id, how the catalogue names it, the quantity (in the part's unit) and the price of one.</summary>
public sealed record PickedPartLine(Guid PartId, string Article, string Brand, string Name, string Unit, decimal Quantity, decimal Price);
