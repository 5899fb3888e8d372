using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Contracts;
using MediatR;

namespace Crm.BuildingBlocks.Application.Messaging;

/// <summary>
/// Base of every integration-event handler. Runs the handler at most once per event (the receiving module's
/// inbox), and commits the handler's changes and the inbox row in one transaction, so a repeated delivery
/// (a crash before the outbox row was marked, two dispatchers) changes nothing.
/// </summary>
public abstract class IntegrationEventHandler<TEvent>(IUnitOfWorkLocator unitOfWorks)
    : INotificationHandler<IntegrationEventNotification<TEvent>>
    where TEvent : IntegrationEvent
{
    /// <summary>
    /// False for an event this handler ignores whatever the database holds (judged from the event alone, e.g. a task
    /// about another module's object): such an event then costs no database command at all.
    /// </summary>
    protected virtual bool Concerns(TEvent integrationEvent) => true;

    public async Task Handle(IntegrationEventNotification<TEvent> notification, CancellationToken cancellationToken)
    {
        if (!Concerns(notification.Event))
        {
            return; // ignoring is idempotent: no inbox check and no inbox row are needed
        }

        var unitOfWork = unitOfWorks.For(GetType());
        var handler = GetType().FullName!;
        var eventId = notification.Event.EventId;
        if (unitOfWork.IsOpen)
        {
            await HandleInBatchAsync(notification.Event, unitOfWork, handler, cancellationToken);
            return;
        }

        if (await unitOfWork.WasHandledAsync(eventId, handler, cancellationToken))
        {
            return;
        }

        for (var attempt = 0; ; attempt++)
        {
            using var scope = unitOfWork.Begin();
            try
            {
                await HandleAsync(notification.Event, cancellationToken);
                unitOfWork.MarkHandled(eventId, handler);
                await scope.CommitAsync(cancellationToken);
                return;
            }
            catch (Exception race) when (race is ConcurrencyConflictException or DuplicateKeyException && attempt < ConflictRetries)
            {
                // Another trigger changed (or created) the same thing first, e.g. a delivery of another aggregate's
                // event running side by side (ADR 0024): load again and redo, right away — unless the race was
                // another delivery of this very event winning the inbox row.
                if (await HandledMeanwhileAsync(unitOfWork, eventId, handler))
                {
                    return;
                }
            }
            catch (Exception)
            {
                if (!await HandledMeanwhileAsync(unitOfWork, eventId, handler))
                {
                    throw;
                }

                return; // another delivery won the inbox row: its changes stand, ours were rolled back with it
            }
        }
    }

    /// <summary>
    /// Part of a batch the outbox delivers in one transaction (ADR 0041): no inbox query first and no retry here. A
    /// repeat breaks the inbox row's key at the batch's commit, and any failure fails the batch; the outbox then
    /// delivers its events one by one, through the checks above.
    /// </summary>
    private async Task HandleInBatchAsync(TEvent integrationEvent, IUnitOfWork unitOfWork, string handler, CancellationToken cancellationToken)
    {
        using var scope = unitOfWork.Begin();
        await HandleAsync(integrationEvent, cancellationToken);
        unitOfWork.MarkHandled(integrationEvent.EventId, handler);
        await scope.CommitAsync(cancellationToken);
    }

    /// <summary>How often a version conflict is retried at once before the outbox's back-off takes over.</summary>
    protected virtual int ConflictRetries => 3;

    protected abstract Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);

    private static async Task<bool> HandledMeanwhileAsync(IUnitOfWork unitOfWork, Guid eventId, string handler)
    {
        unitOfWork.DiscardChanges();
        return await unitOfWork.WasHandledAsync(eventId, handler, CancellationToken.None);
    }
}
