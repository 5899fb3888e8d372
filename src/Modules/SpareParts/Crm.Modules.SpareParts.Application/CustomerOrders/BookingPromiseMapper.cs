using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Contracts;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.SpareParts.Contracts;
using Crm.Modules.SpareParts.Domain.CustomerOrders;

namespace Crm.Modules.SpareParts.Application.CustomerOrders;

/// <summary>The order's news for the booking it serves, written to the outbox with the order's change (ADR 0085).</summary>
internal sealed class BookingPromiseMapper : IIntegrationEventMapper
{
    public IntegrationEvent? Map(IDomainEvent domainEvent) => domainEvent is OrderPartsExpectationDomainEvent { Order.BookingId: { } booking } e
        ? new BookingPartsExpectedIntegrationEvent(e.Order.Id.Value, booking, e.Order.ClientId, e.ExpectedAtUtc, e.Change)
        : null;
}
