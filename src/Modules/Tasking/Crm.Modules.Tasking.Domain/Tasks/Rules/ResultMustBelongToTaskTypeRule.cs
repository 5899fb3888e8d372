using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Domain.TaskTypes;

namespace Crm.Modules.Tasking.Domain.Tasks.Rules;

/// <summary>A task closes only with a result its type offers: processes branch on those codes.</summary>
public sealed class ResultMustBelongToTaskTypeRule(TaskResultOption? result, string code, string typeName) : IBusinessRule
{
    public string Code => "task.unknown-result";

    public string Message => $"'{code}' is not a result of the task type '{typeName}'.";

    public bool IsBroken() => result is null;
}
