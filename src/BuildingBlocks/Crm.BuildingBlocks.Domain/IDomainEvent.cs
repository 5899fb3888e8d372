namespace Crm.BuildingBlocks.Domain;

/// <summary>Something that happened inside one aggregate; handled in the same module and transaction.</summary>
public interface IDomainEvent
{
    DateTime OccurredAtUtc { get; }
}
