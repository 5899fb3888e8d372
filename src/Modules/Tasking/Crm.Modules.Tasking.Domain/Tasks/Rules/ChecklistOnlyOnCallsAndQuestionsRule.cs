using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Tasking.Domain.Tasks.Rules;

/// <summary>Checklists belong to conversations (calls and questions to a manager), where points are easy to miss.</summary>
public sealed class ChecklistOnlyOnCallsAndQuestionsRule(TaskKind kind) : IBusinessRule
{
    public string Code => "task.checklist-not-offered";

    public string Message => $"Tasks of kind '{kind}' have no checklist; calls and questions do.";

    public bool IsBroken() => kind is not (TaskKind.Call or TaskKind.Question);
}
