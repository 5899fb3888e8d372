using Crm.BuildingBlocks.Domain;
using Crm.Modules.Processes.Domain.Definitions.Rules;

namespace Crm.Modules.Processes.Domain.Definitions;

public readonly record struct ProcessDefinitionId(Guid Value) : ITypedId;

public enum DefinitionState
{
    Draft,
    Active,
    Stopped,
}

/// <summary>
/// A process as administrators edit it. The draft is edited freely (but always valid); activating releases it as a
/// new immutable <see cref="ProcessVersion"/> that new instances run, while running instances keep their version.
/// Stopping lets no new instance start; running ones go on.
/// </summary>
public sealed class ProcessDefinition : AggregateRoot<ProcessDefinitionId>
{
    private ProcessDefinition()
    {
        Draft = new ProcessDocument();
    }

    public ProcessDocument Draft { get; private set; }

    public DefinitionState State { get; private set; }

    /// <summary>The version new instances start with; null until first activated.</summary>
    public int? ActiveVersion { get; private set; }

    public int LatestVersion { get; private set; }

    /// <summary>The draft differs from the latest released version.</summary>
    public bool HasUnreleasedChanges { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public string Name => Draft.Name;

    public string ObjectType => Draft.ObjectType;

    public static ProcessDefinition Create(ProcessDefinitionId id, ProcessDocument draft, DateTime nowUtc) => new()
    {
        Id = id,
        Draft = draft,
        State = DefinitionState.Draft,
        HasUnreleasedChanges = true,
        CreatedAtUtc = nowUtc,
        UpdatedAtUtc = nowUtc,
    };

    public void Edit(ProcessDocument draft, DateTime nowUtc)
    {
        CheckRule(new ObjectTypeCannotChangeOnceReleasedRule(LatestVersion, ObjectType, draft.ObjectType));
        Draft = draft;
        HasUnreleasedChanges = true;
        UpdatedAtUtc = nowUtc;
        Raise(new DefinitionEditedDomainEvent(this, nowUtc));
    }

    /// <summary>
    /// Releases the draft (validated by the caller) as the next version and makes it the active one. Returns the new
    /// version, or null when the draft has not changed since the latest release (re-activating a stopped process).
    /// </summary>
    public ProcessVersion? Activate(DateTime nowUtc)
    {
        ProcessVersion? version = null;
        if (HasUnreleasedChanges || LatestVersion == 0)
        {
            LatestVersion++;
            version = ProcessVersion.Release(Id, LatestVersion, Draft, nowUtc);
        }

        ActiveVersion = LatestVersion;
        State = DefinitionState.Active;
        HasUnreleasedChanges = false;
        UpdatedAtUtc = nowUtc;
        Raise(new DefinitionActivatedDomainEvent(this, LatestVersion, nowUtc));
        return version;
    }

    /// <summary>Checks that the definition may go: only drafts that were never released.</summary>
    public void Discard() => CheckRule(new OnlyUnreleasedDefinitionsCanBeDeletedRule(LatestVersion));

    public void Stop(DateTime nowUtc)
    {
        CheckRule(new DefinitionMustBeActiveRule(State));
        State = DefinitionState.Stopped;
        UpdatedAtUtc = nowUtc;
        Raise(new DefinitionStoppedDomainEvent(this, nowUtc));
    }
}

public sealed record DefinitionEditedDomainEvent(ProcessDefinition Definition, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record DefinitionActivatedDomainEvent(ProcessDefinition Definition, int Version, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record DefinitionStoppedDomainEvent(ProcessDefinition Definition, DateTime OccurredAtUtc) : IDomainEvent;
