using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Processes.Domain.Instances.Rules;

public sealed class InstanceMustBeRunningRule(InstanceState state) : IBusinessRule
{
    public string Code => "instance.not-running";

    public string Message => $"The instance is already {state.ToString().ToLowerInvariant()}.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => state != InstanceState.Running;
}

public sealed class InstanceMustHaveIncidentRule(string? incident) : IBusinessRule
{
    public string Code => "instance.no-incident";

    public string Message => "The instance has no incident to retry.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => incident is null;
}

/// <summary>Unless a definition allows more, an object runs one instance of it at a time.</summary>
public sealed class OneRunningInstancePerObjectRule : IBusinessRule
{
    public string Code => "instance.already-running";

    public string Message => "This process already runs on this object.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => true;
}
