using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Tasking.Domain.Tasks.Rules;

/// <summary>A task closes only with a result its type offers: processes branch on those codes.</summary>
public sealed class ResultMustBelongToTaskTypeRule(TaskResultChoice? result, string code, string typeName) : IBusinessRule
{
    public string Code => "task.unknown-result";

    public string Message => $"'{code}' is not a result of '{typeName}'.";

    public bool IsBroken() => result is null;
}
