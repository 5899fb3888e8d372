namespace Crm.Modules.Processes.Domain.Definitions;

/// <summary>
/// A process definition as administrators write it (the JSON format of docs/process-definitions.md): settings
/// and a graph of blocks whose exits name the next block.
/// </summary>
public sealed record ProcessDocument
{
    public string Name { get; init; } = string.Empty;

    /// <summary>The kind of object the process runs on: <c>order</c>, <c>client</c>, <c>work-order</c>…</summary>
    public string ObjectType { get; init; } = string.Empty;

    public EntryRule Entry { get; init; } = new();

    /// <summary>Must hold on the object's facts for an instance to start (e.g. <c>status = 'New'</c>).</summary>
    public string? Condition { get; init; }

    public IReadOnlyList<Executor> Executors { get; init; } = [];

    /// <summary>
    /// The object's fact holding the employee id each task is addressed to (e.g. <c>manager.id</c>, the order's manager);
    /// when it holds no id, tasks go to <see cref="Executors"/> (ADR 0082).
    /// </summary>
    public string? ExecutorFact { get; init; }

    /// <summary>Larger first in the inbox.</summary>
    public int Priority { get; init; }

    public TimeSpan? NormalReactionTime { get; init; }

    public bool HiddenFromInbox { get; init; }

    /// <summary>Off by default: one running instance per object and definition.</summary>
    public bool AllowConcurrentInstances { get; init; }

    public WorkingSchedule? Schedule { get; init; }

    public IReadOnlyList<BlockDefinition> Blocks { get; init; } = [];

    /// <summary>The outcomes its finish blocks end with: a caller of it as a subprocess has an exit for each.</summary>
    public IReadOnlyList<string> Outcomes() =>
        Blocks.Where(b => b.Type == BlockTypes.Finish).Select(b => b.Outcome).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The definitions its blocks call as subprocesses.</summary>
    public IReadOnlyList<Guid> CalledDefinitions() => Blocks.Select(b => b.DefinitionId).OfType<Guid>().Distinct().ToList();
}

public static class EntryKinds
{
    public const string OnCreation = "on-creation";
    public const string OnFact = "on-fact";
    public const string Periodic = "periodic";
    public const string Manual = "manual";

    public static readonly IReadOnlyList<string> All = [OnCreation, OnFact, Periodic, Manual];
}

/// <summary>
/// When instances start: on the object's creation, on a named fact (e.g. <c>page-visited</c> whose URL matches,
/// with or without its query string), every N minutes over matching objects, or only by hand.
/// </summary>
public sealed record EntryRule
{
    public string Kind { get; init; } = EntryKinds.Manual;

    public string? Fact { get; init; }

    /// <summary>For page visits: the URL to match; a trailing <c>*</c> matches any ending.</summary>
    public string? Url { get; init; }

    /// <summary>"Without parameters": compare the URL without its query string.</summary>
    public bool IgnoreQuery { get; init; }

    public int? EveryMinutes { get; init; }
}

/// <summary>An employee, position or department whose tasks the process's tasks are.</summary>
public sealed record Executor(string Kind, Guid Id);

/// <summary>When the process's actions and tasks may start: days of week and hours, in a time zone.</summary>
public sealed record WorkingSchedule
{
    public string TimeZone { get; init; } = "UTC";

    public IReadOnlyList<DayOfWeek> Days { get; init; } = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public TimeOnly From { get; init; } = new(9, 0);

    public TimeOnly To { get; init; } = new(18, 0);
}

/// <summary>An answer option of a question or call block: its code is also the name of its exit.</summary>
public sealed record AnswerDefinition(string Code, string Label, bool AsksForMoment = false, bool RequiresComment = false);

/// <summary>
/// A condition under which a person's task closes by itself with <see cref="Result"/> (one of the block's results or
/// answers): e.g. the booking the task waits for was made.
/// </summary>
public sealed record ClosingCondition(string Condition, string Result);

/// <summary>
/// One block. Which fields matter depends on <see cref="Type"/> (see <see cref="BlockTypes"/>); <see cref="Exits"/>
/// maps an exit name to the id of the next block.
/// </summary>
public sealed record BlockDefinition
{
    public string Id { get; init; } = string.Empty;

    public string Type { get; init; } = string.Empty;

    public string? Title { get; init; }

    /// <summary>Call script or task description.</summary>
    public string? Script { get; init; }

    public string? Condition { get; init; }

    /// <summary>Wait: how long at most before the "limit" exit.</summary>
    public TimeSpan? Limit { get; init; }

    /// <summary>Delay: a fixed duration…</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>…or <c>answer-moment</c>: the moment the manager entered in the latest answered task.</summary>
    public string? Until { get; init; }

    public IReadOnlyList<AnswerDefinition>? Answers { get; init; }

    /// <summary>Task block: the task type; its result codes are the exits.</summary>
    public Guid? TaskTypeId { get; init; }

    public IReadOnlyList<string>? Results { get; init; }

    public string? Module { get; init; }

    public string? Action { get; init; }

    /// <summary>Action parameters; a value <c>{fact-name}</c> is replaced by the object's fact.</summary>
    public IReadOnlyDictionary<string, string?>? Parameters { get; init; }

    /// <summary>"Manager must confirm start": the action becomes a task the manager confirms or skips.</summary>
    public bool Confirm { get; init; }

    public string? Counter { get; init; }

    /// <summary>Counter: <c>set</c>, <c>increment</c> or <c>compare</c>.</summary>
    public string? Operation { get; init; }

    public decimal? Value { get; init; }

    /// <summary>Counter compare: <c>= != &lt; &lt;= &gt; &gt;=</c>.</summary>
    public string? Operator { get; init; }

    /// <summary>Subprocess: the definition to run on the same object.</summary>
    public Guid? DefinitionId { get; init; }

    /// <summary>Finish: positive, neutral, negative — or, in a subprocess, any outcome name its caller branches on.</summary>
    public string? Outcome { get; init; }

    public IReadOnlyList<string>? Branches { get; init; }

    public TimeSpan? NormalReactionTime { get; init; }

    /// <summary>Question, call, task: conditions on the object's facts under which the task closes by itself.</summary>
    public IReadOnlyList<ClosingCondition>? ClosesWhen { get; init; }

    /// <summary>
    /// Question, call, task: the task is due at the moment a fact holds (e.g. <c>moment</c>), or at
    /// <c>answer-moment</c>; without it, after the normal reaction time.
    /// </summary>
    public string? DueAt { get; init; }

    public IReadOnlyDictionary<string, string>? Exits { get; init; }
}
