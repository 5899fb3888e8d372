using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.Sales.Contracts;
using Crm.Modules.ServiceStation.Application.Processes;

namespace Crm.Modules.ServiceStation.Application.Invitations;

/// <summary>
/// The client answered a message the station asked Sales for: the answer becomes facts on the work order the message
/// was about (<c>client-replied</c>: <c>reply</c>, <c>replied-at</c>), which a waiting process reads (ADR 0078). The
/// facts are a partial report, so the work order's other facts keep their values. Once per event (the inbox).
/// </summary>
internal sealed class ClientRepliedHandler(IUnitOfWorkLocator unitOfWorks) : IntegrationEventHandler<ClientMessageRepliedIntegrationEvent>(unitOfWorks)
{
    private readonly IUnitOfWork _unitOfWork = unitOfWorks.For(typeof(ClientRepliedHandler));

    protected override bool Concerns(ClientMessageRepliedIntegrationEvent reply) => reply.Module == ServiceStationFacts.Module && reply.About is not null;

    protected override Task HandleAsync(ClientMessageRepliedIntegrationEvent reply, CancellationToken cancellationToken)
    {
        _unitOfWork.Publish(new FactsReportedIntegrationEvent(reply.About!, InvitationFacts.ClientReplied, new Dictionary<string, object?>
        {
            ["reply"] = reply.Text,
            ["replied-at"] = reply.ReceivedAtUtc,
            ["reply.message-id"] = reply.MessageId.ToString(),
        }));
        return Task.CompletedTask;
    }
}

/// <summary>Sales could not write the message (no address, an unknown client): a fact, so a process need not wait for a reply.</summary>
internal sealed class ClientMessageRefusedHandler(IUnitOfWorkLocator unitOfWorks) : IntegrationEventHandler<ClientMessageRefusedIntegrationEvent>(unitOfWorks)
{
    private readonly IUnitOfWork _unitOfWork = unitOfWorks.For(typeof(ClientMessageRefusedHandler));

    protected override bool Concerns(ClientMessageRefusedIntegrationEvent refusal) => refusal.Module == ServiceStationFacts.Module;

    protected override Task HandleAsync(ClientMessageRefusedIntegrationEvent refusal, CancellationToken cancellationToken)
    {
        _unitOfWork.Publish(new FactsReportedIntegrationEvent(refusal.About, InvitationFacts.MessageRefused,
            new Dictionary<string, object?> { ["message-error"] = refusal.Error }));
        return Task.CompletedTask;
    }
}

/// <summary>The event names of the station's invitations.</summary>
public static class InvitationFacts
{
    public const string ClientReplied = "client-replied";
    public const string MessageRefused = "message-refused";
    public const string BookedAgain = "booked-again";
}
