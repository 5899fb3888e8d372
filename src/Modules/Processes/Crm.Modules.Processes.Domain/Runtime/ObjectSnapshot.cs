using Crm.BuildingBlocks.Domain;
using Crm.Modules.Processes.Domain.Expressions;

namespace Crm.Modules.Processes.Domain.Runtime;

public readonly record struct ObjectSnapshotId(Guid Value) : ITypedId;

/// <summary>
/// What Processes knows of one object of another module: the facts it was told, merged report by report.
/// Conditions read this, never the other module's tables. Versioned, so two reports at once cannot lose one.
/// </summary>
public sealed class ObjectSnapshot : AggregateRoot<ObjectSnapshotId>
{
    private Dictionary<string, FactValue> _facts = new(StringComparer.OrdinalIgnoreCase);

    private ObjectSnapshot()
    {
        ObjectType = ObjectId = string.Empty;
    }

    public string ObjectType { get; private set; }

    public string ObjectId { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public IReadOnlyDictionary<string, FactValue> Facts => _facts;

    public static ObjectSnapshot Begin(string objectType, string objectId) => new()
    {
        Id = new ObjectSnapshotId(Guid.NewGuid()),
        ObjectType = objectType.ToLowerInvariant(),
        ObjectId = objectId,
    };

    public void Merge(IReadOnlyDictionary<string, FactValue> facts, DateTime nowUtc)
    {
        var merged = new Dictionary<string, FactValue>(_facts, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in facts)
        {
            merged[name.ToLowerInvariant()] = value; // names are case-insensitive; stored lower-case
        }

        _facts = merged; // a new dictionary, so change tracking sees the difference
        UpdatedAtUtc = nowUtc;
        Raise(new FactsMergedDomainEvent(this, nowUtc));
    }
}

public sealed record FactsMergedDomainEvent(ObjectSnapshot Snapshot, DateTime OccurredAtUtc) : IDomainEvent;
