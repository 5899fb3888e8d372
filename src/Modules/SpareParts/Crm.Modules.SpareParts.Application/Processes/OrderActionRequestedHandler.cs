using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Contracts;
using Crm.Modules.Processes.Contracts;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.SpareParts.Application.Processes;

/// <summary>
/// Performs what a process asks of Spare Parts and answers with ActionCompleted (<see cref="AnsweredRequestHandler{TRequest}"/>):
/// an unknown order, a broken rule such as stock.insufficient or a bad parameter is an answer; a version conflict
/// (somebody reserved the same stock at that moment) is a retry.
/// </summary>
internal sealed class OrderActionRequestedHandler(IUnitOfWorkLocator unitOfWorks, OrderActionPerformer performer, ILogger<OrderActionRequestedHandler> logger)
    : AnsweredRequestHandler<ActionRequestedIntegrationEvent>(unitOfWorks, logger)
{
    protected override bool Concerns(ActionRequestedIntegrationEvent request) => request.Module == SparePartsFacts.Module;

    protected override Task PerformAsync(ActionRequestedIntegrationEvent request, CancellationToken cancellationToken) =>
        performer.PerformAsync(request, cancellationToken);

    protected override IntegrationEvent Answer(ActionRequestedIntegrationEvent request, string? refusal) =>
        new ActionCompletedIntegrationEvent(request.RequestId, refusal is null, refusal);
}
