using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Processes.Domain.Definitions;

/// <summary>
/// An immutable released definition (or the frozen draft of a test run). Instances point at their version and run
/// it to the end whatever happens to the definition afterwards. Entry data is copied out for fast lookups.
/// </summary>
public sealed class ProcessVersion : AggregateRoot<ProcessVersionId>
{
    private ProcessVersion()
    {
        Document = new ProcessDocument();
        ObjectType = EntryKind = string.Empty;
    }

    public ProcessDefinitionId DefinitionId { get; private set; }

    /// <summary>1, 2, 3… for releases; 0 for a test run's frozen draft.</summary>
    public int Number { get; private set; }

    public ProcessDocument Document { get; private set; }

    public string ObjectType { get; private set; }

    public string EntryKind { get; private set; }

    public string? EntryFact { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public bool IsTestRun => Number == 0;

    public static ProcessVersion Release(ProcessDefinitionId definition, int number, ProcessDocument document, DateTime nowUtc) => new()
    {
        Id = new ProcessVersionId(Guid.NewGuid()),
        DefinitionId = definition,
        Number = number,
        Document = document,
        ObjectType = document.ObjectType.ToLowerInvariant(),
        EntryKind = document.Entry.Kind,
        EntryFact = document.Entry.Fact?.ToLowerInvariant(),
        CreatedAtUtc = nowUtc,
    };

    public static ProcessVersion FreezeForTestRun(ProcessDefinitionId definition, ProcessDocument draft, DateTime nowUtc) =>
        Release(definition, 0, draft with { Entry = new EntryRule { Kind = EntryKinds.Manual } }, nowUtc);
}

public readonly record struct ProcessVersionId(Guid Value) : ITypedId;
