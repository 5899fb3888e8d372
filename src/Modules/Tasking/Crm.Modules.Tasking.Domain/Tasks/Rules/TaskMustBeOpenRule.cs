using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Tasking.Domain.Tasks.Rules;

/// <summary>A done or cancelled task is history: nobody works on it any more.</summary>
public sealed class TaskMustBeOpenRule(WorkTaskStatus status) : IBusinessRule
{
    public string Code => "task.closed";

    public string Message => $"The task is already {status.ToString().ToLowerInvariant()}.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => !status.IsOpen();
}
