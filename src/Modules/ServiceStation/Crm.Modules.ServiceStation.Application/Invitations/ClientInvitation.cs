using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Contracts;
using Crm.Modules.Sales.Contracts;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Application.Processes;
using Crm.Modules.ServiceStation.Domain.WorkOrders;

namespace Crm.Modules.ServiceStation.Application.Invitations;

/// <summary>
/// The station's <c>invite-client</c> action: it asks Sales, the owner of clients and their messages, to write to the
/// work order's client (ADR 0078). The request carries the work order as its object, so Sales' reply event comes back
/// here as a fact on it. The station never writes into Sales' tables; the request id is the action's, so a repeated
/// request writes one message.
/// </summary>
public sealed class ClientInvitation(IReadRepository<WorkOrder> orders, IUnitOfWorkLocator unitOfWorks)
{
    public async Task AskSalesAsync(Guid requestId, ObjectReference subject, IReadOnlyDictionary<string, string?> parameters, Guid? by, CancellationToken cancellationToken)
    {
        if (subject.Type != ServiceStationFacts.WorkOrder)
        {
            throw new InvalidFieldException("subject", $"'{ServiceStationActionCatalog.InviteClient}' works on work orders, not on {subject.Type}.");
        }

        var order = await orders.GetAsync(Guid.TryParse(subject.Id, out var id) ? id : throw new NotFoundException("Work order", subject.Id), cancellationToken);
        var text = Value(parameters, "text") ?? RecommendationsText(order);
        unitOfWorks.For(typeof(ClientInvitation)).Publish(new ClientMessageRequestedIntegrationEvent(
            requestId, ServiceStationFacts.Module, subject, order.ClientId, Value(parameters, "channel"), Value(parameters, "subject"), text, by));
    }

    /// <summary>The default text: the works the client declined, as the station recommends them.</summary>
    private static string RecommendationsText(WorkOrder order) =>
        order.Recommendations.Count == 0
            ? "Hello {client.name}! Thank you for visiting our service station. Reply to this message if you would like to book a visit."
            : "Hello {client.name}! At your last visit we recommended: " + string.Join(", ", order.Recommendations.Select(r => r.WorkName))
              + ". Reply to this message and we will book a convenient time.";

    private static string? Value(IReadOnlyDictionary<string, string?> parameters, string name) =>
        parameters.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
