using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Tasking.Domain.Tasks.Rules;

/// <summary>"Call the client back" is a promise to the client: without a moment nobody knows when to keep it.</summary>
public sealed class CallBackNeedsMomentRule(Redirection redirection) : IBusinessRule
{
    public string Code => "task.call-back-moment-required";

    public string Message => "Say when the client is to be called back.";

    public bool IsBroken() => redirection.CallClientBack && redirection.DueAtUtc is null;
}
