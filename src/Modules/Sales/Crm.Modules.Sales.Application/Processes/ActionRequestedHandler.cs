using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Contracts;
using Crm.Modules.Processes.Contracts;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.Sales.Application.Processes;

/// <summary>
/// Performs what a process asks of Sales and answers with ActionCompleted (<see cref="AnsweredRequestHandler{TRequest}"/>):
/// an unknown object, a broken rule or a bad parameter is an answer too, not a retry. The facts that follow come from
/// the aggregates' own events.
/// </summary>
internal sealed class ActionRequestedHandler(IUnitOfWorkLocator unitOfWorks, SalesActionPerformer performer, ILogger<ActionRequestedHandler> logger)
    : AnsweredRequestHandler<ActionRequestedIntegrationEvent>(unitOfWorks, logger)
{
    /// <summary>Requests to other modules are theirs to answer.</summary>
    protected override bool Concerns(ActionRequestedIntegrationEvent request) => request.Module == SalesFacts.Module;

    protected override Task PerformAsync(ActionRequestedIntegrationEvent request, CancellationToken cancellationToken) =>
        performer.PerformAsync(request, cancellationToken);

    protected override IntegrationEvent Answer(ActionRequestedIntegrationEvent request, string? refusal) =>
        new ActionCompletedIntegrationEvent(request.RequestId, refusal is null, refusal);
}
