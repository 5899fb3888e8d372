using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Contracts;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.SpareParts.Contracts;
using Crm.Modules.SpareParts.Application.Processes;
using Crm.Modules.SpareParts.Domain.Carts;
using Crm.Modules.Tasking.Contracts;

namespace Crm.Modules.SpareParts.Application.Carts;

/// <summary>
/// What carts tell other modules, written to the outbox with the cart's change: a cart opened from a task asks Tasking
/// to link it on the task; parts picked for a station document go to the station.
/// </summary>
internal sealed class CartsIntegrationEventMapper : IIntegrationEventMapper
{
    public IntegrationEvent? Map(IDomainEvent domainEvent) => domainEvent switch
    {
        CartOpenedDomainEvent { Cart.Source.Kind: CartSource.Task } e => new TaskLinkRequestedIntegrationEvent(
            e.Cart.Source.Id, SparePartsFacts.Module, "cart", e.Cart.Id.Value, "Cart of parts", $"/api/spare-parts/carts/{e.Cart.Id.Value}"),
        CartPartsPickedDomainEvent e => new PartsPickedIntegrationEvent(
            e.PickId, e.Cart.Id.Value, e.Document.Kind, e.Document.Id,
            e.Lines.Select(l => new PickedPartLine(l.PartId.Value, l.Article, l.Brand, l.Name, l.Unit, l.Quantity, l.Price)).ToList()),
        _ => null,
    };
}
