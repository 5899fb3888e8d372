using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.Tasks.Rules;
using Crm.Modules.Tasking.Domain.TaskTypes;

namespace Crm.Modules.Tasking.Domain.Tasks;

/// <summary>What happens to a task without a person acting on it, and what only the main administrator does.</summary>
public sealed partial class WorkTask
{
    /// <summary>Its process ended: an open task has nothing left to answer.</summary>
    public void Cancel(string why, DateTime nowUtc)
    {
        CheckRule(new TaskMustBeOpenRule(Status));
        WithdrawReminders(nowUtc, "Task cancelled");
        Status = WorkTaskStatus.Cancelled;
        CompletedAtUtc = nowUtc;
        PostponedUntilUtc = null;
        Record(TaskAction.Cancelled, null, nowUtc, why);
        Raise(new TaskCancelledDomainEvent(this, why, nowUtc));
    }

    /// <summary>The normal reaction time has passed with the task still open: noted once, and announced.</summary>
    public bool TimeOut(DateTime nowUtc)
    {
        if (!Status.IsOpen() || TimedOutAtUtc is not null || TimeoutAtUtc is not { } due || due > nowUtc)
        {
            return false;
        }

        TimedOutAtUtc = nowUtc;
        Record(TaskAction.TimedOut, null, nowUtc, $"Reaction time {ReactionTime} passed");
        Raise(new TaskTimedOutDomainEvent(this, nowUtc));
        return true;
    }

    /// <summary>
    /// A postponed task whose moment came is back in the inbox: in progress with whoever holds it, new otherwise.
    /// Returns false when it is not (or no longer) due — a job may meet a task changed meanwhile.
    /// </summary>
    public bool ReturnFromPostponement(DateTime nowUtc)
    {
        if (Status != WorkTaskStatus.Postponed || PostponedUntilUtc is not { } until || until > nowUtc)
        {
            return false;
        }

        Status = AssigneeId is null ? WorkTaskStatus.New : WorkTaskStatus.InProgress;
        Record(TaskAction.Returned, null, nowUtc, $"Postponed until {until:O}: back in the inbox");
        Raise(new TaskReturnedDomainEvent(this, nowUtc));
        return true;
    }

    /// <summary>
    /// The document the task's process waits for moved (a booking to another time): an open task is due at the new
    /// moment. Returns false when there is nothing to move (closed, or already due then).
    /// </summary>
    public bool MoveDue(DateTime dueAtUtc, DateTime nowUtc)
    {
        if (!Status.IsOpen() || DueAtUtc == dueAtUtc)
        {
            return false;
        }

        DueAtUtc = Guard.Utc(dueAtUtc, nameof(dueAtUtc));
        Record(TaskAction.Edited, null, nowUtc, $"due: {dueAtUtc:O} (moved by its process)");
        return true;
    }

    /// <summary>The main administrator corrects a task: type, wording, due time, assignee (null frees it).</summary>
    public void Edit(EmployeeId by, TaskType type, string title, string? description, DateTime? dueAtUtc, EmployeeId? assignee, DateTime nowUtc)
    {
        CheckRule(new TaskMustBeOpenRule(Status));
        var changes = new List<string>();
        Change(TypeId != type.Id, () => TypeId = type.Id, $"type: {type.Name}");
        Change(Title != title.Trim(), () => Title = Guard.NotBlank(title, nameof(title), TitleMaxLength), $"title: {title.Trim()}");
        Change(Description != Blank(description), () => Description = Blank(description), "description");
        Change(DueAtUtc != dueAtUtc, () => DueAtUtc = dueAtUtc, $"due: {dueAtUtc:O}");
        Change(AssigneeId != assignee, () => Reassign(assignee, nowUtc), $"assignee: {assignee?.Value.ToString() ?? "nobody"}");
        if (changes.Count > 0)
        {
            Record(TaskAction.Edited, by, nowUtc, string.Join("; ", changes));
            Raise(new TaskEditedDomainEvent(this, by, nowUtc));
        }

        void Change(bool differs, Action apply, string what)
        {
            if (differs)
            {
                apply();
                changes.Add(what);
            }
        }
    }

    /// <summary>Deleting is the main administrator's; the task leaves with an event so other modules forget it too.</summary>
    public void Delete(EmployeeId by, DateTime nowUtc) => Raise(new TaskDeletedDomainEvent(this, by, nowUtc));

    private void Reassign(EmployeeId? assignee, DateTime nowUtc)
    {
        AssigneeId = assignee;
        TakenAtUtc = assignee is null ? null : nowUtc;
        WorkStartedAtUtc = null;
        if (Status is WorkTaskStatus.New or WorkTaskStatus.InProgress)
        {
            Status = assignee is null ? WorkTaskStatus.New : WorkTaskStatus.InProgress;
        }
    }
}
