using Crm.BuildingBlocks.Contracts;
using Crm.BuildingBlocks.Domain;

namespace Crm.BuildingBlocks.Application.Messaging;

/// <summary>
/// Turns a module's domain events into the integration events it publishes. The unit of work writes the result
/// to the module's outbox in the same transaction as the change. A mapper returns null for events it does not own
/// or that stay inside the module.
/// </summary>
public interface IIntegrationEventMapper
{
    IntegrationEvent? Map(IDomainEvent domainEvent);
}
