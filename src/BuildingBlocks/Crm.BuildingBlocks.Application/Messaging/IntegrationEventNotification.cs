using Crm.BuildingBlocks.Contracts;
using MediatR;

namespace Crm.BuildingBlocks.Application.Messaging;

/// <summary>
/// Carries an integration event through MediatR. Contracts stay package-free (plain records); this wrapper is
/// what MediatR sees, so handlers subscribe to <c>IntegrationEventNotification&lt;TEvent&gt;</c>.
/// </summary>
public sealed class IntegrationEventNotification<TEvent>(TEvent integrationEvent) : IIntegrationEventNotification
    where TEvent : IntegrationEvent
{
    public TEvent Event { get; } = integrationEvent;

    IntegrationEvent IIntegrationEventNotification.Event => Event;
}

/// <summary>Any integration event on its way through MediatR, whatever its type.</summary>
public interface IIntegrationEventNotification : INotification
{
    IntegrationEvent Event { get; }
}

public static class IntegrationEventNotification
{
    public static INotification Wrap(IntegrationEvent integrationEvent) =>
        (INotification)Activator.CreateInstance(
            typeof(IntegrationEventNotification<>).MakeGenericType(integrationEvent.GetType()), integrationEvent)!;
}
