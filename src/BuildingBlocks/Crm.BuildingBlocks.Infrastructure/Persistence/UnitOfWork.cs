using System.Text.Json;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Contracts;
using Crm.BuildingBlocks.Domain;
using Crm.BuildingBlocks.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// A module's unit of work over its DbContext. On commit it bumps the version of every changed aggregate (the
/// optimistic-concurrency check), turns domain events into integration events in the outbox, and saves it all in
/// one SaveChanges — one transaction.
/// </summary>
internal sealed class UnitOfWork<TContext>(
    TContext db,
    IEnumerable<IIntegrationEventMapper> mappers,
    TimeProvider clock,
    OutboxSignal.Registry signals) : IUnitOfWork
    where TContext : ModuleDbContext
{
    private readonly List<IntegrationEvent> _published = [];
    private readonly List<Action> _afterCommit = [];
    private int _depth;
    private bool _shared;

    public IUnitOfWorkScope Begin()
    {
        _depth++;
        return new Scope(this);
    }

    public IUnitOfWorkScope BeginShared()
    {
        if (_depth > 0)
        {
            throw new InvalidOperationException("A shared scope must be the outermost one.");
        }

        _shared = true;
        return Begin();
    }

    public bool IsOpen => _depth > 0;

    public Task<bool> WasHandledAsync(Guid eventId, string handler, CancellationToken cancellationToken) =>
        db.InboxMessages.AnyAsync(m => m.EventId == eventId && m.Handler == handler, cancellationToken);

    public void MarkHandled(Guid eventId, string handler) =>
        db.InboxMessages.Add(new InboxMessage(eventId, handler, clock.GetUtcNow().UtcDateTime));

    public void DiscardChanges()
    {
        if (_shared)
        {
            throw new Application.Errors.SharedTransactionException();
        }

        db.ChangeTracker.Clear();
        _published.Clear();
        _afterCommit.Clear();
    }

    public void Publish(IntegrationEvent integrationEvent) => _published.Add(integrationEvent);

    public void AfterCommit(Action action) => _afterCommit.Add(action);

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var outbox = new OutboxWriter(db, mappers, now);
        var lanes = new HashSet<Guid?>();
        foreach (var entry in db.ChangeTracker.Entries<IAggregateRoot>().ToList())
        {
            var aggregate = entry.Entity;
            if (entry.State == EntityState.Modified || (entry.State == EntityState.Unchanged && aggregate.DomainEvents.Count > 0))
            {
                aggregate.IncrementVersion();
                entry.DetectChanges(); // this entity only: Entries() above has already scanned all of them
            }

            foreach (var domainEvent in aggregate.DomainEvents)
            {
                var partition = PartitionOf(entry);
                lanes.Add(partition);
                outbox.Add(domainEvent, partition);
            }

            aggregate.ClearDomainEvents();
        }

        // A published event (e.g. the answer to another module's request) follows this commit's aggregate events
        // in their lane when they all come from one aggregate: the receiver then learns what changed (the booking
        // moved) before it hears the request was done, whatever the delivery's grouping or replicas. Commits that
        // change several aggregates keep the events apart, in the lane of events without an aggregate.
        var lane = lanes.Count == 1 ? lanes.Single() : null;
        foreach (var integrationEvent in _published)
        {
            outbox.Add(integrationEvent with { OccurredAtUtc = now }, lane);
        }

        _published.Clear();

        // Every change is known by now (Entries() detected them all, each version bump was detected where it was
        // made, outbox rows were added as new), so SaveChanges need not scan every tracked entity a second time: for a
        // transaction that fires 50 timers that second scan was a tenth of the host's CPU.
        var detects = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await WriteTurns.InTurnAsync(db, () => db.SaveChangesAsync(cancellationToken), cancellationToken);
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            throw new Application.Errors.ConcurrencyConflictException(conflict);
        }
        catch (DbUpdateException duplicate) when (DatabaseErrors.IsUniqueViolation(duplicate))
        {
            throw new Application.Errors.DuplicateKeyException(duplicate);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detects;
        }

        if (outbox.Wrote)
        {
            signals.For(typeof(TContext)).Notify();
        }

        var committed = _afterCommit.ToList();
        _afterCommit.Clear();
        committed.ForEach(action => action());
    }

    /// <summary>The outbox partition of an aggregate's events: its id (typed ids are stored as their Guid).</summary>
    private static Guid? PartitionOf(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<IAggregateRoot> entry) =>
        entry.Metadata.FindPrimaryKey() is { Properties: [var key] } ? entry.Property(key.Name).CurrentValue switch
        {
            ITypedId id => id.Value,
            Guid id => id,
            _ => null,
        } : null;

    private sealed class Scope(UnitOfWork<TContext> owner) : IUnitOfWorkScope
    {
        private bool _disposed;

        public Task CommitAsync(CancellationToken cancellationToken) =>
            owner._depth == 1 ? owner.SaveAsync(cancellationToken) : Task.CompletedTask;

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                owner._depth--;
                owner._shared &= owner._depth > 0;
            }
        }
    }
}

/// <summary>Which module's unit of work serves requests and handlers declared in which assemblies.</summary>
public sealed record ModuleUnitOfWorkRegistration(IReadOnlyCollection<System.Reflection.Assembly> Assemblies, Type UnitOfWorkType);

internal sealed class UnitOfWorkLocator(IServiceProvider services, IEnumerable<ModuleUnitOfWorkRegistration> registrations)
    : IUnitOfWorkLocator
{
    public IUnitOfWork For(Type ownedType)
    {
        var registration = registrations.FirstOrDefault(r => r.Assemblies.Contains(ownedType.Assembly))
            ?? throw new InvalidOperationException($"No module database owns {ownedType.FullName}.");
        return (IUnitOfWork)services.GetService(registration.UnitOfWorkType)!;
    }
}

/// <summary>
/// Writes one commit's integration events to the outbox. Each row occurs a microsecond after the one before, so
/// the order of a commit's events survives the dispatcher's ORDER BY "OccurredAtUtc" (both providers keep
/// microseconds).
/// </summary>
internal sealed class OutboxWriter(ModuleDbContext db, IEnumerable<IIntegrationEventMapper> mappers, DateTime nowUtc)
{
    private int _count;

    public bool Wrote => _count > 0;

    public void Add(IDomainEvent domainEvent, Guid? partition)
    {
        if (mappers.Select(m => m.Map(domainEvent)).FirstOrDefault(e => e is not null) is { } integrationEvent)
        {
            Add(integrationEvent with { OccurredAtUtc = domainEvent.OccurredAtUtc }, partition);
        }
    }

    public void Add(IntegrationEvent integrationEvent, Guid? partition)
    {
        var type = integrationEvent.GetType();
        var payload = JsonSerializer.Serialize(integrationEvent, type, OutboxJson.Options);
        var occurred = nowUtc.AddTicks(TimeSpan.TicksPerMicrosecond * _count++);
        db.OutboxMessages.Add(new OutboxMessage(integrationEvent.EventId, OutboxJson.TypeName(type), payload, occurred, partition, dueAtUtc: nowUtc));
    }
}
