using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Processes.Domain.Definitions.Rules;

/// <summary>Instances of released versions run on one kind of object; changing it would orphan their facts.</summary>
public sealed class ObjectTypeCannotChangeOnceReleasedRule(int releasedVersions, string current, string proposed) : IBusinessRule
{
    public string Code => "definition.object-type-fixed";

    public string Message => $"This process has run on '{current}' objects; it cannot switch to '{proposed}'. Create a new process instead.";

    public bool IsBroken() => releasedVersions > 0 && !string.Equals(current, proposed, StringComparison.OrdinalIgnoreCase);
}

public sealed class DefinitionMustBeActiveRule(DefinitionState state) : IBusinessRule
{
    public string Code => "definition.not-active";

    public string Message => $"The process is {state.ToString().ToLowerInvariant()}, not active.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => state != DefinitionState.Active;
}

/// <summary>Instances point at released versions: a process that ever ran is stopped, never deleted.</summary>
public sealed class OnlyUnreleasedDefinitionsCanBeDeletedRule(int releasedVersions) : IBusinessRule
{
    public string Code => "definition.released";

    public string Message => "This process has been released; stop it instead of deleting it.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => releasedVersions > 0;
}
