using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.Processes.Contracts;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.Sales.Application.Processes;

/// <summary>
/// Performs what a process asks of Sales, once per event (the inbox), and answers with ActionCompleted in the
/// same transaction. A refusal (unknown object, a broken rule, a bad parameter) is an answer too, not a retry.
/// The facts that follow come from the aggregates' own events.
/// </summary>
internal sealed class ActionRequestedHandler(IUnitOfWorkLocator unitOfWorks, SalesActionPerformer performer, ILogger<ActionRequestedHandler> logger)
    : IntegrationEventHandler<ActionRequestedIntegrationEvent>(unitOfWorks)
{
    private readonly IUnitOfWork _unitOfWork = unitOfWorks.For(typeof(ActionRequestedHandler));

    /// <summary>Requests to other modules are theirs to answer.</summary>
    protected override bool Concerns(ActionRequestedIntegrationEvent request) => request.Module == SalesFacts.Module;

    protected override async Task HandleAsync(ActionRequestedIntegrationEvent request, CancellationToken cancellationToken)
    {
        string? error = null;
        try
        {
            await performer.PerformAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is BusinessRuleValidationException or NotFoundException or InvalidFieldException or FormatException)
        {
            // Nothing half-done stays. In an outbox group this throws instead, and the request comes again alone
            // (ADR 0045): the other deliveries' work in the group is never undone with it.
            _unitOfWork.DiscardChanges();
            error = ex.Message;
            logger.LogWarning("Action {Action} {RequestId} (instance {InstanceId}) on {ObjectType} {ObjectId} refused: {Error}",
                request.Action, request.RequestId, request.ProcessInstanceId, request.Subject.Type, request.Subject.Id, error);
        }

        _unitOfWork.Publish(new ActionCompletedIntegrationEvent(request.RequestId, error is null, error));
    }
}
