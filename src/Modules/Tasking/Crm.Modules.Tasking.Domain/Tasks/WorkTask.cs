using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.Tasks.Rules;
using Crm.Modules.Tasking.Domain.TaskTypes;

namespace Crm.Modules.Tasking.Domain.Tasks;

public readonly record struct TaskId(Guid Value) : ITypedId;

/// <summary>
/// A task for a person (called WorkTask in code so it never clashes with System.Threading.Tasks.Task).
/// It is addressed to an employee or a position, taken by one employee, worked, postponed and closed with a
/// result of its type. Whoever acts on a free task takes it by doing so; nobody acts on a task another holds.
/// </summary>
public sealed partial class WorkTask : AggregateRoot<TaskId>
{
    public const int TitleMaxLength = 300;
    public const int DescriptionMaxLength = 8000;
    public const int ResultCommentMaxLength = 4000;

    private readonly List<TaskComment> _comments = [];
    private readonly List<TaskHistoryEntry> _history = [];
    private readonly List<TaskAnswer> _answers = [];

    private WorkTask()
    {
        Title = string.Empty;
        Addressee = null!;
    }

    private WorkTask(TaskId id, long number, TaskTypeId typeId, string title, Addressee addressee, DateTime nowUtc)
    {
        Id = id;
        Number = number;
        TypeId = typeId;
        Title = Guard.NotBlank(title, nameof(title), TitleMaxLength);
        Addressee = addressee;
        Status = WorkTaskStatus.New;
        CreatedAtUtc = Guard.Utc(nowUtc, nameof(nowUtc));
    }

    /// <summary>The number people quote ("task 1042"); grows with creation, so it also orders lists.</summary>
    public long Number { get; private set; }

    public TaskTypeId TypeId { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    public Subject? Subject { get; private set; }

    public Addressee Addressee { get; private set; }

    public EmployeeId? AssigneeId { get; private set; }

    public WorkTaskStatus Status { get; private set; }

    /// <summary>Larger first; manual tasks have 0, process tasks take their process's priority.</summary>
    public int Priority { get; private set; }

    public EmployeeId? CreatedBy { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? DueAtUtc { get; private set; }

    public DateTime? TakenAtUtc { get; private set; }

    /// <summary>Set by "started working": others see the task as busy, not merely taken.</summary>
    public DateTime? WorkStartedAtUtc { get; private set; }

    public DateTime? PostponedUntilUtc { get; private set; }

    public DateTime? CompletedAtUtc { get; private set; }

    /// <summary>Who closed it; null for a task that closed by itself (its process's closing condition held).</summary>
    public EmployeeId? CompletedBy { get; private set; }

    public string? ResultCode { get; private set; }

    public string? ResultComment { get; private set; }

    public string? ResultReason { get; private set; }

    /// <summary>The refusal-reasons directory entry <see cref="ResultReason"/> names (its name when the task closed).</summary>
    public Guid? ResultReasonId { get; private set; }

    public TaskKind Kind { get; private set; }

    /// <summary>Set when a process asked for the task.</summary>
    public ProcessLink? Process { get; private set; }

    /// <summary>Copied from the process: the task shows in lists but not in the inbox.</summary>
    public bool HiddenFromInbox { get; private set; }

    /// <summary>The normal reaction time: how long the task may stay open before it times out.</summary>
    public TimeSpan? ReactionTime { get; private set; }

    public DateTime? TimeoutAtUtc { get; private set; }

    /// <summary>When the timeout was noticed (the timeout job's moment), after <see cref="TimeoutAtUtc"/>.</summary>
    public DateTime? TimedOutAtUtc { get; private set; }

    /// <summary>The moment given with an answer that asks for one ("call back on…").</summary>
    public DateTime? ChosenMomentUtc { get; private set; }

    /// <summary>The task's own answers; empty means the type's results apply.</summary>
    public IReadOnlyCollection<TaskAnswer> Answers => _answers.OrderBy(a => a.Position).ToList();

    public IReadOnlyCollection<TaskComment> Comments => _comments;

    public IReadOnlyCollection<TaskHistoryEntry> History => _history;

    public static WorkTask Create(TaskId id, long number, TaskType type, NewTaskDetails details, EmployeeId? createdBy, DateTime nowUtc)
    {
        var reaction = details.ReactionTime ?? type.ReactionTime; // the asker's own limit first, else the type's
        var task = new WorkTask(id, number, type.Id, details.Title, details.Addressee, nowUtc)
        {
            Description = details.Description?.Trim() is { Length: > 0 } description ? description : null,
            Subject = details.Subject,
            DueAtUtc = details.DueAtUtc,
            Priority = details.Priority,
            CreatedBy = createdBy,
            Kind = details.Process is null ? type.Kind : details.Kind,
            Process = details.Process,
            HiddenFromInbox = details.HiddenFromInbox,
            ReactionTime = reaction,
            TimeoutAtUtc = reaction is { } limit ? Moments.Plus(nowUtc, limit) : null,
        };
        task._answers.AddRange((details.Answers ?? []).Select((a, i) => a.At(i + 1)));
        task.Record(TaskAction.Created, createdBy, nowUtc, $"Addressed to {details.Addressee.Kind.ToString().ToLowerInvariant()} {details.Addressee.Id}");
        task.Raise(new TaskCreatedDomainEvent(task, nowUtc));
        return task;
    }

    /// <summary>"Take for myself": the task becomes the employee's and is shown as in progress.</summary>
    public void Take(EmployeeId by, DateTime nowUtc)
    {
        CheckRule(new TaskMustBeOpenRule(Status));
        CheckRule(new TaskMustNotBeHeldByAnotherRule(AssigneeId, by));
        if (AssigneeId == by)
        {
            return; // taking one's own task again changes nothing
        }

        TakeOver(by, nowUtc);
    }

    /// <summary>"Started working": taken and being worked on now.</summary>
    public void StartWorking(EmployeeId by, DateTime nowUtc)
    {
        CheckRule(new TaskMustBeOpenRule(Status));
        CheckRule(new TaskMustNotBeHeldByAnotherRule(AssigneeId, by));
        TakeOverIfFree(by, nowUtc);
        WithdrawReminders(nowUtc, "Work started");
        Status = WorkTaskStatus.InProgress;
        PostponedUntilUtc = null;
        WorkStartedAtUtc = nowUtc;
        Record(TaskAction.StartedWorking, by, nowUtc, null);
        Raise(new TaskWorkStartedDomainEvent(this, by, nowUtc));
    }

    public void Postpone(EmployeeId by, DateTime untilUtc, DateTime nowUtc)
    {
        CheckRule(new TaskMustBeOpenRule(Status));
        CheckRule(new TaskMustNotBeHeldByAnotherRule(AssigneeId, by));
        CheckRule(new PostponeMomentMustBeInFutureRule(untilUtc, nowUtc));
        TakeOverIfFree(by, nowUtc);
        WithdrawReminders(nowUtc, "Postponed again");
        Status = WorkTaskStatus.Postponed;
        PostponedUntilUtc = Guard.Utc(untilUtc, nameof(untilUtc));
        WorkStartedAtUtc = null;
        Record(TaskAction.Postponed, by, nowUtc, $"Until {untilUtc:O}");
        Raise(new TaskPostponedDomainEvent(this, by, untilUtc, nowUtc));
    }

    /// <summary>
    /// Closes the task with one of its results (its own answers, else its type's). A result may demand a reason,
    /// a comment or a moment.
    /// </summary>
    public void Complete(EmployeeId by, TaskType type, TaskClosing closing, DateTime nowUtc)
    {
        CheckRule(new TaskMustBeOpenRule(Status));
        CheckRule(new TaskMustNotBeHeldByAnotherRule(AssigneeId, by));
        var result = FindResult(type, closing.ResultCode);
        CheckRule(new ResultMustBelongToTaskTypeRule(result, closing.ResultCode, _answers.Count > 0 ? Title : type.Name));
        CheckRule(new ReasonRequiredForResultRule(result!, closing.Reason));
        CheckRule(new AnswerNeedsCommentRule(result!.Name, result.RequiresComment || closing.ReasonDemandsComment, closing.Comment));
        CheckRule(new AnswerNeedsMomentRule(result, closing.MomentUtc));
        TakeOverIfFree(by, nowUtc);
        Close(result, closing, by, nowUtc);
    }

    /// <summary>
    /// Its process's condition for closing it held (the document it waited for appeared): the task closes with that
    /// result, by nobody, <paramref name="why"/> as its comment. No person is asked for a reason, comment or moment.
    /// </summary>
    public void CloseByItself(TaskType type, string resultCode, string why, DateTime nowUtc)
    {
        CheckRule(new TaskMustBeOpenRule(Status));
        var result = FindResult(type, resultCode);
        CheckRule(new ResultMustBelongToTaskTypeRule(result, resultCode, _answers.Count > 0 ? Title : type.Name));
        Close(result!, new TaskClosing(result!.Code, why), null, nowUtc);
    }

    private void Close(TaskResultChoice result, TaskClosing closing, EmployeeId? by, DateTime nowUtc)
    {
        WithdrawReminders(nowUtc, "Task completed");
        Status = WorkTaskStatus.Done;
        ResultCode = result.Code;
        ResultComment = Blank(closing.Comment);
        ResultReason = Blank(closing.Reason);
        ResultReasonId = closing.ReasonId;
        ChosenMomentUtc = result.AsksForMoment ? closing.MomentUtc : null;
        CompletedAtUtc = nowUtc;
        CompletedBy = by;
        PostponedUntilUtc = null;
        Record(TaskAction.Completed, by, nowUtc, DescribeResult(result));
        Raise(new TaskCompletedDomainEvent(this, by, nowUtc, result.Name));
    }

    /// <summary>The results this task closes with: its own answers if it has any, else its type's.</summary>
    public IReadOnlyList<TaskResultChoice> ResultChoices(TaskType type) => _answers.Count > 0
        ? _answers.OrderBy(a => a.Position).Select(a => new TaskResultChoice(a.Code, a.Label, a.RequiresReason, a.AsksForMoment, a.RequiresComment)).ToList()
        : type.Results.Select(r => new TaskResultChoice(r.Code, r.Name, r.RequiresReason, r.AsksForMoment)).ToList();

    /// <summary>Whether the task may close with this result code.</summary>
    public bool ClosesWith(TaskType type, string code) => FindResult(type, code) is not null;

    private TaskResultChoice? FindResult(TaskType type, string code) =>
        ResultChoices(type).FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));

    public void Comment(EmployeeId by, string text, DateTime nowUtc)
    {
        var trimmed = Guard.NotBlank(text, nameof(text), TaskComment.TextMaxLength);
        _comments.Add(new TaskComment(by, trimmed, nowUtc));
        Record(TaskAction.Commented, by, nowUtc, trimmed);
        Raise(new TaskCommentedDomainEvent(this, by, trimmed, nowUtc));
    }

    private void TakeOverIfFree(EmployeeId by, DateTime nowUtc)
    {
        if (AssigneeId is null)
        {
            TakeOver(by, nowUtc);
        }
    }

    private void TakeOver(EmployeeId by, DateTime nowUtc)
    {
        AssigneeId = by;
        TakenAtUtc = nowUtc;
        if (Status == WorkTaskStatus.New)
        {
            Status = WorkTaskStatus.InProgress;
        }

        Record(TaskAction.Taken, by, nowUtc, null);
        WithdrawAlerts(nowUtc);
        Raise(new TaskTakenDomainEvent(this, by, nowUtc));
    }

    private string DescribeResult(TaskResultChoice result) =>
        string.Join("; ", new[] { result.Name, ResultReason is null ? null : $"reason: {ResultReason}", ResultComment }.Where(s => s is not null));

    private void Record(TaskAction action, EmployeeId? by, DateTime atUtc, string? details) =>
        _history.Add(new TaskHistoryEntry(_history.Count + 1, action, by, atUtc, details));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>What a person or a process fills in to create a task.</summary>
public sealed record NewTaskDetails(
    string Title,
    string? Description,
    Subject? Subject,
    Addressee Addressee,
    DateTime? DueAtUtc,
    int Priority = 0)
{
    public TaskKind Kind { get; init; }

    public ProcessLink? Process { get; init; }

    public bool HiddenFromInbox { get; init; }

    public TimeSpan? ReactionTime { get; init; }

    public IReadOnlyList<TaskAnswer>? Answers { get; init; }
}

/// <summary>
/// How a person closes a task: the result code, a comment, a refusal reason (and whether that reason, like
/// "Other", demands a comment), and a moment for answers that ask for one.
/// </summary>
public sealed record TaskClosing(string ResultCode, string? Comment = null, string? Reason = null, DateTime? MomentUtc = null, bool ReasonDemandsComment = false)
{
    /// <summary>The refusal-reasons directory entry <see cref="Reason"/> is the name of.</summary>
    public Guid? ReasonId { get; init; }
}
