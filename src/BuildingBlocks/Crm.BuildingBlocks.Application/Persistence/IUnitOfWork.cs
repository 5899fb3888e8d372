namespace Crm.BuildingBlocks.Application.Persistence;

/// <summary>
/// One module's transaction boundary. Commands and event handlers nest: only the outermost
/// <see cref="Begin"/> scope commits, so a handler that sends a command still commits once.
/// </summary>
public interface IUnitOfWork
{
    IUnitOfWorkScope Begin();

    /// <summary>
    /// Opens the outermost scope for several deliveries that commit together (an outbox group, ADR 0041). Inside it,
    /// <see cref="DiscardChanges"/> cannot tell one delivery's changes from another's and throws
    /// <see cref="Errors.SharedTransactionException"/>, so the group fails and is delivered again one event at a time.
    /// </summary>
    IUnitOfWorkScope BeginShared();

    /// <summary>
    /// Whether a scope is open already, so the next <see cref="Begin"/> nests and only the caller's commits — e.g.
    /// the outbox delivering several events in one transaction (ADR 0041).
    /// </summary>
    bool IsOpen { get; }

    Task<bool> WasHandledAsync(Guid eventId, string handler, CancellationToken cancellationToken);

    void MarkHandled(Guid eventId, string handler);

    /// <summary>
    /// Queues an integration event that no aggregate change raises (e.g. a module announcing what it offers);
    /// it is written to the outbox with the next commit. Changes of aggregates publish through their domain events.
    /// </summary>
    void Publish(Crm.BuildingBlocks.Contracts.IntegrationEvent integrationEvent);

    /// <summary>Runs <paramref name="action"/> once the outermost commit succeeded (e.g. to wake a worker for a new row).</summary>
    void AfterCommit(Action action);

    /// <summary>
    /// Forgets tracked changes and queued events after a failure or a refusal, so nothing half-done is committed and
    /// a retry in the same scope starts clean. Inside a shared scope (<see cref="BeginShared"/>) it throws
    /// <see cref="Errors.SharedTransactionException"/> instead: forgetting would drop the other deliveries' work.
    /// </summary>
    void DiscardChanges();
}

public interface IUnitOfWorkScope : IDisposable
{
    /// <summary>Saves (and writes the outbox) when this is the outermost scope; otherwise does nothing.</summary>
    Task CommitAsync(CancellationToken cancellationToken);
}

/// <summary>Finds the unit of work of the module that owns a request or handler type.</summary>
public interface IUnitOfWorkLocator
{
    IUnitOfWork For(Type ownedType);
}
