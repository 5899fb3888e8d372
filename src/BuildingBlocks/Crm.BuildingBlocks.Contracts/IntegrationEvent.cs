namespace Crm.BuildingBlocks.Contracts;

/// <summary>
/// The base of every integration event: the only kind of type a module shows to the others.
/// Events are immutable records of primitives so that they serialise to the outbox and survive versions.
/// </summary>
public abstract record IntegrationEvent
{
    /// <summary>Unique per event; the receiving module's inbox uses it to handle each event once.</summary>
    public Guid EventId { get; init; } = Guid.NewGuid();

    public DateTime OccurredAtUtc { get; init; }
}
