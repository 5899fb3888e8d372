using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Contracts;
using Crm.BuildingBlocks.Domain;
using Microsoft.Extensions.Logging;

namespace Crm.BuildingBlocks.Application.Messaging;

/// <summary>
/// Base of a handler that performs what another module asks and always answers, in the same transaction, once per
/// request (the inbox). A refusal — an unknown object, a broken business rule, a bad parameter, a conflict the check
/// reports (<see cref="IsRefusal"/>) — is an answer, not a retry: the changes are dropped and the answer carries the reason. Anything else
/// (a version conflict with a writer committing at that moment, the database away) is thrown, so the delivery is
/// retried and the retry's check decides. In an outbox group, dropping the changes throws, and the request comes
/// again alone (ADR 0045): one request's refusal never undoes another's work.
/// </summary>
public abstract class AnsweredRequestHandler<TRequest> : IntegrationEventHandler<TRequest>
    where TRequest : IntegrationEvent
{
    private readonly IUnitOfWorkLocator _unitOfWorks;
    private readonly ILogger _logger;

    protected AnsweredRequestHandler(IUnitOfWorkLocator unitOfWorks, ILogger logger)
        : base(unitOfWorks) => (_unitOfWorks, _logger) = (unitOfWorks, logger);

    /// <summary>Does what is asked; throws one of the refusals to say no.</summary>
    protected abstract Task PerformAsync(TRequest request, CancellationToken cancellationToken);

    /// <summary>The answer to publish: done (<paramref name="refusal"/> null) or refused with the reason; null: no answer.</summary>
    protected abstract IntegrationEvent? Answer(TRequest request, string? refusal);

    /// <summary>Whether a failure is the answer "no" rather than a reason to try again.</summary>
    protected virtual bool IsRefusal(Exception failure) =>
        failure is BusinessRuleValidationException or NotFoundException or InvalidFieldException or ConflictException or FormatException;

    protected sealed override async Task HandleAsync(TRequest request, CancellationToken cancellationToken)
    {
        var unitOfWork = _unitOfWorks.For(GetType());
        string? refusal = null;
        try
        {
            await PerformAsync(request, cancellationToken);
        }
        catch (Exception ex) when (IsRefusal(ex))
        {
            unitOfWork.DiscardChanges();
            refusal = ex.Message;
            _logger.LogWarning("Request {Request} refused: {Error}", request, refusal);
        }

        if (Answer(request, refusal) is { } answer)
        {
            unitOfWork.Publish(answer);
        }
    }
}
