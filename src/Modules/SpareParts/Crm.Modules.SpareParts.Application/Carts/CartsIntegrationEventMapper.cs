using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Contracts;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.SpareParts.Contracts;
using Crm.Modules.SpareParts.Domain.Carts;

namespace Crm.Modules.SpareParts.Application.Carts;

/// <summary>What carts tell other modules: parts picked for a station document (written to the outbox with the cart's change).</summary>
internal sealed class CartsIntegrationEventMapper : IIntegrationEventMapper
{
    public IntegrationEvent? Map(IDomainEvent domainEvent) => domainEvent switch
    {
        CartPartsPickedDomainEvent e => new PartsPickedIntegrationEvent(
            e.PickId, e.Cart.Id.Value, e.Document.Kind, e.Document.Id,
            e.Lines.Select(l => new PickedPartLine(l.PartId.Value, l.Article, l.Brand, l.Name, l.Unit, l.Quantity, l.Price)).ToList()),
        _ => null,
    };
}
