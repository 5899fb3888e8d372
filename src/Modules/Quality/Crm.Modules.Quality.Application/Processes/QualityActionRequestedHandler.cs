using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.Processes.Contracts;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.Quality.Application.Processes;

/// <summary>
/// Performs what a process asks of Quality, once per event (the inbox), and answers with ActionCompleted in the same
/// transaction. A refusal (unknown complaint, a dismissed employee, a complaint not upheld) is an answer, not a retry.
/// </summary>
internal sealed class QualityActionRequestedHandler(IUnitOfWorkLocator unitOfWorks, QualityActionPerformer performer, ILogger<QualityActionRequestedHandler> logger)
    : IntegrationEventHandler<ActionRequestedIntegrationEvent>(unitOfWorks)
{
    private readonly IUnitOfWork _unitOfWork = unitOfWorks.For(typeof(QualityActionRequestedHandler));

    protected override bool Concerns(ActionRequestedIntegrationEvent request) => request.Module == QualityFacts.Module;

    protected override async Task HandleAsync(ActionRequestedIntegrationEvent request, CancellationToken cancellationToken)
    {
        string? error = null;
        try
        {
            await performer.PerformAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is BusinessRuleValidationException or NotFoundException or InvalidFieldException or ConflictException)
        {
            _unitOfWork.DiscardChanges(); // in an outbox group this throws, and the request comes again alone (ADR 0045)
            error = ex.Message;
            logger.LogWarning("Action {Action} {RequestId} on {ObjectType} {ObjectId} refused: {Error}",
                request.Action, request.RequestId, request.Subject.Type, request.Subject.Id, error);
        }

        _unitOfWork.Publish(new ActionCompletedIntegrationEvent(request.RequestId, error is null, error));
    }
}
