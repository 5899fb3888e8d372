namespace Crm.BuildingBlocks.Domain;

/// <summary>
/// A strongly typed id: <c>readonly record struct TaskId(Guid Value) : ITypedId</c>. The persistence layer finds
/// every implementation and stores it as its Guid, so ids of different aggregates cannot be mixed up.
/// </summary>
public interface ITypedId
{
    Guid Value { get; }
}
