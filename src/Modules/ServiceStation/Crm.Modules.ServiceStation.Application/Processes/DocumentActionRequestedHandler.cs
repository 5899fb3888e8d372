using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Contracts;
using Crm.Modules.Processes.Contracts;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.ServiceStation.Application.Processes;

/// <summary>
/// Performs what a process asks of the station and answers with ActionCompleted (<see cref="AnsweredRequestHandler{TRequest}"/>):
/// an unknown object, a broken rule, a taken bay or a bad parameter is an answer; a bay taken by a request that
/// committed at the same moment is a retry, which the check then refuses.
/// </summary>
internal sealed class DocumentActionRequestedHandler(IUnitOfWorkLocator unitOfWorks, DocumentActionPerformer performer, ILogger<DocumentActionRequestedHandler> logger)
    : AnsweredRequestHandler<ActionRequestedIntegrationEvent>(unitOfWorks, logger)
{
    protected override bool Concerns(ActionRequestedIntegrationEvent request) => request.Module == ServiceStationFacts.Module;

    protected override Task PerformAsync(ActionRequestedIntegrationEvent request, CancellationToken cancellationToken) =>
        performer.PerformAsync(request, cancellationToken);

    protected override IntegrationEvent Answer(ActionRequestedIntegrationEvent request, string? refusal) =>
        new ActionCompletedIntegrationEvent(request.RequestId, refusal is null, refusal);
}
