using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Contracts;
using Crm.Modules.Processes.Contracts;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.Quality.Application.Processes;

/// <summary>
/// Performs what a process asks of Quality and answers with ActionCompleted (<see cref="AnsweredRequestHandler{TRequest}"/>):
/// an unknown complaint, a dismissed employee or a complaint not upheld is an answer, not a retry.
/// </summary>
internal sealed class QualityActionRequestedHandler(IUnitOfWorkLocator unitOfWorks, QualityActionPerformer performer, ILogger<QualityActionRequestedHandler> logger)
    : AnsweredRequestHandler<ActionRequestedIntegrationEvent>(unitOfWorks, logger)
{
    protected override bool Concerns(ActionRequestedIntegrationEvent request) => request.Module == QualityFacts.Module;

    protected override Task PerformAsync(ActionRequestedIntegrationEvent request, CancellationToken cancellationToken) =>
        performer.PerformAsync(request, cancellationToken);

    protected override IntegrationEvent Answer(ActionRequestedIntegrationEvent request, string? refusal) =>
        new ActionCompletedIntegrationEvent(request.RequestId, refusal is null, refusal);
}
