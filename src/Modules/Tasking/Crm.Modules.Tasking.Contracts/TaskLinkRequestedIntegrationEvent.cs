using Crm.BuildingBlocks.Contracts;

namespace Crm.Modules.Tasking.Contracts;

/// <summary>
/// A module asks Tasking to show a link on a task: something it made from the task or for it (Spare Parts: the cart
/// opened from a "Select parts" task). <see cref="Module"/>, <see cref="Kind"/> and <see cref="ObjectId"/> name the
/// linked object, <see cref="Label"/> is what the task card shows, <see cref="Href"/> where the object lives (the
/// module's API path). Asking again for the same object replaces its label and address; a task Tasking does not know
/// is ignored (ADR 0081). Add fields; never rename or remove one.
/// </summary>
public sealed record TaskLinkRequestedIntegrationEvent(Guid TaskId, string Module, string Kind, Guid ObjectId, string Label, string Href) : IntegrationEvent;
