using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.Tasks.Rules;
using Crm.Modules.Tasking.Domain.TaskTypes;

namespace Crm.Modules.Tasking.Domain.Tasks;

/// <summary>Redirecting: the task closes and a follow-up opens for someone else (seed 004).</summary>
public sealed partial class WorkTask
{
    /// <summary>The result a redirected task closes with. It is not an answer: no process continues by it.</summary>
    public const string RedirectedResult = "redirected";

    /// <summary>The task this one was redirected from (this is its follow-up).</summary>
    public TaskId? RedirectedFromId { get; private set; }

    /// <summary>The follow-up this task was redirected to; a process's request now waits there, not here.</summary>
    public TaskId? RedirectedToId { get; private set; }

    /// <summary>
    /// The process request this task still answers: null for manual tasks and for tasks redirected away, whose
    /// request moved to the follow-up. Events about this task carry it, so a deleted original cannot withdraw it.
    /// </summary>
    public Guid? PendingProcessRequestId => RedirectedToId is null ? Process?.RequestId : null;

    /// <summary>
    /// Hands the task to another employee or position: this task closes as "redirected" and the returned follow-up
    /// ("Task redirected" or "Call the client back") opens for them about the same subject, with the same results
    /// to close with. A process's request (link, answers, reaction time, priority) moves to the follow-up, so the
    /// process keeps waiting and goes on when the follow-up is answered.
    /// </summary>
    public WorkTask Redirect(EmployeeId by, Redirection redirection, TaskType currentType, FollowUpSlot followUp, DateTime nowUtc)
    {
        CheckRule(new TaskMustBeOpenRule(Status));
        CheckRule(new TaskMustNotBeHeldByAnotherRule(AssigneeId, by));
        CheckRule(new RedirectGoesToPersonOrPositionRule(redirection.Addressee));
        CheckRule(new CallBackNeedsMomentRule(redirection));
        TakeOverIfFree(by, nowUtc);
        var next = OpenFollowUp(by, redirection, currentType, followUp, nowUtc);
        Status = WorkTaskStatus.Done;
        ResultCode = RedirectedResult;
        ResultComment = Blank(redirection.Comment);
        CompletedAtUtc = nowUtc;
        CompletedBy = by;
        PostponedUntilUtc = null;
        WithdrawReminders(nowUtc, "Redirected"); // the follow-up's addressee decides anew
        RedirectedToId = next.Id;
        Record(TaskAction.Redirected, by, nowUtc, redirection.Describe(next.Number));
        Raise(new TaskRedirectedDomainEvent(this, next, by, redirection, nowUtc));
        return next;
    }

    private WorkTask OpenFollowUp(EmployeeId by, Redirection redirection, TaskType currentType, FollowUpSlot slot, DateTime nowUtc)
    {
        // Copies of the owned values: the store keeps one owner per instance.
        var details = new NewTaskDetails(Title, Description, Subject is null ? null : Subject with { }, redirection.Addressee, redirection.DueAtUtc ?? DueAtUtc, Priority)
        {
            Process = Process is null ? null : Process with { },
            HiddenFromInbox = HiddenFromInbox,
            ReactionTime = ReactionTime,
            Answers = ResultChoices(currentType).Select(r => new TaskAnswer(r.Code, r.Name, r.AsksForMoment, r.RequiresComment, r.RequiresReason)).ToList(),
        };
        var next = Create(slot.Id, slot.Number, slot.Type, details, by, nowUtc);
        next.Kind = redirection.CallClientBack ? TaskKind.Call : Kind; // a call back is a call; otherwise the work is unchanged
        next.RedirectedFromId = Id;
        next.Record(TaskAction.Redirected, by, nowUtc, $"From task {Number}");
        if (Blank(redirection.Comment) is { } comment)
        {
            next.Comment(by, comment, nowUtc); // the redirector's words travel with the task
        }

        return next;
    }
}

/// <summary>
/// Where a task goes when redirected: an employee or a position (named, for the history), the redirector's
/// comment, whether the new addressee must call the client back, and when the follow-up is due.
/// </summary>
public sealed record Redirection(Addressee Addressee, string AddresseeName, string? Comment, bool CallClientBack, DateTime? DueAtUtc)
{
    internal string Describe(long followUpNumber) => string.Join("; ", new[]
    {
        $"To {Addressee.Kind.ToString().ToLowerInvariant()} {AddresseeName}",
        CallClientBack ? $"call the client back at {DueAtUtc:O}" : null,
        $"follow-up task {followUpNumber}",
        string.IsNullOrWhiteSpace(Comment) ? null : Comment.Trim(),
    }.Where(s => s is not null));
}

/// <summary>The id, number and type the follow-up of a redirect gets (numbers come from the store).</summary>
public sealed record FollowUpSlot(TaskId Id, long Number, TaskType Type);
