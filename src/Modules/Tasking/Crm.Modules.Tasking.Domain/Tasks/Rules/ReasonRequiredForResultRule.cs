using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Tasking.Domain.Tasks.Rules;

/// <summary>A refusal without a reason teaches the business nothing: such results demand one.</summary>
public sealed class ReasonRequiredForResultRule(TaskResultChoice result, string? reason) : IBusinessRule
{
    public string Code => "task.reason-required";

    public string Message => $"The result '{result.Name}' needs a reason.";

    public bool IsBroken() => result.RequiresReason && string.IsNullOrWhiteSpace(reason);
}
