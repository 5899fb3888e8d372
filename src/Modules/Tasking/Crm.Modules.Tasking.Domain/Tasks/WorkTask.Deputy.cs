using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.Tasks.Rules;

namespace Crm.Modules.Tasking.Domain.Tasks;

/// <summary>A deputy taking over what an absent colleague holds.</summary>
public sealed partial class WorkTask
{
    /// <summary>
    /// The deputy of the employee holding this task takes it over while that employee is away: it becomes the
    /// deputy's, keeps its status (a postponed task stays postponed) and the history says whose it was and why.
    /// </summary>
    public void TakeOverFromAbsent(EmployeeId deputy, StandIn standIn, DateTime nowUtc)
    {
        CheckRule(new TaskMustBeOpenRule(Status));
        CheckRule(new OnlyAnAbsentHoldersTaskIsTakenOverRule(AssigneeId, standIn.AbsentEmployeeId));
        AssigneeId = deputy;
        TakenAtUtc = nowUtc;
        WorkStartedAtUtc = null;
        Record(TaskAction.TakenOver, deputy, nowUtc, $"Taken over from {standIn.AbsentName} (absent until {standIn.AbsentUntilUtc:O}) as their deputy");
        Raise(new TaskTakenDomainEvent(this, deputy, nowUtc));
    }
}

/// <summary>Whom a deputy stands in for, and until when that colleague is away.</summary>
public sealed record StandIn(EmployeeId AbsentEmployeeId, string AbsentName, DateTime AbsentUntilUtc);
