using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Tasking.Domain.Tasks.Rules;

/// <summary>An answer like "call back later" is useless to the process without the moment it names.</summary>
public sealed class AnswerNeedsMomentRule(TaskResultChoice choice, DateTime? momentUtc) : IBusinessRule
{
    public string Code => "task.moment-required";

    public string Message => $"The answer '{choice.Name}' needs a moment.";

    public bool IsBroken() => choice.AsksForMoment && momentUtc is null;
}
