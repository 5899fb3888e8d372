using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Tasking.Domain.TaskTypes.Rules;

/// <summary>A result code is what a process branches on: two results with one code would be ambiguous.</summary>
public sealed class ResultCodesMustBeUniqueRule(IEnumerable<TaskResultOption> results) : IBusinessRule
{
    public string Code => "task-type.duplicate-result";

    public string Message => "Each result of a task type needs its own code.";

    public bool IsBroken() =>
        results.GroupBy(r => r.Code, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1);
}
