using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Tasking.Domain.Tasks.Rules;

/// <summary>Postponing to a past moment would hide nothing and return at once: it is always a mistake.</summary>
public sealed class PostponeMomentMustBeInFutureRule(DateTime untilUtc, DateTime nowUtc) : IBusinessRule
{
    public string Code => "task.postpone-in-past";

    public string Message => "A task can only be postponed to a moment in the future.";

    public bool IsBroken() => untilUtc <= nowUtc;
}
