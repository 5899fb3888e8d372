namespace Crm.BuildingBlocks.Domain;

/// <summary>Marks the roots the persistence layer versions and drains domain events from.</summary>
public interface IAggregateRoot
{
    int Version { get; }

    IReadOnlyCollection<IDomainEvent> DomainEvents { get; }

    void ClearDomainEvents();

    /// <summary>Called by the unit of work when the aggregate is saved with changes: optimistic concurrency.</summary>
    void IncrementVersion();
}

public abstract class AggregateRoot<TId> : Entity<TId>, IAggregateRoot
    where TId : struct
{
    private readonly List<IDomainEvent> _domainEvents = [];

    /// <summary>Bumped on every saved change; a write based on an older value is rejected.</summary>
    public int Version { get; private set; }

    public IReadOnlyCollection<IDomainEvent> DomainEvents => _domainEvents;

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();

    void IAggregateRoot.IncrementVersion() => Version++;
}
