using System.Text.Json.Serialization;

namespace Crm.Modules.Processes.Domain.Instances;

public enum TokenStatus
{
    /// <summary>Ready to execute its block.</summary>
    Active,
    Waiting,
    Done,
    Cancelled,

    /// <summary>Stopped by an incident: an administrator retries it.</summary>
    Failed,
}

public enum WaitKind
{
    None,
    Timer,
    Facts,
    Task,
    Action,
    Subprocess,
}

/// <summary>
/// One branch's place in the graph. A fork makes several; each waits for its own thing (a timer, facts, a task's
/// answer, a module's action, a subprocess). Stored inside the instance (as JSON: hence [JsonInclude] on the
/// internal setters), so moving a token is one row update.
/// </summary>
public sealed class Token
{
    [JsonInclude]
    public Guid Id { get; internal set; }

    [JsonInclude]
    public string BlockId { get; internal set; } = string.Empty;

    [JsonInclude]
    public TokenStatus Status { get; internal set; }

    [JsonInclude]
    public WaitKind Wait { get; internal set; }

    /// <summary>The task or action request, or the child instance, the token waits for.</summary>
    [JsonInclude]
    public Guid? WaitRef { get; internal set; }

    /// <summary>The timer that ends or times out the wait (delay, wait limit, action retry/timeout, schedule).</summary>
    [JsonInclude]
    public Guid? TimerId { get; internal set; }

    /// <summary>Action attempts so far (for back-off and incidents).</summary>
    [JsonInclude]
    public int Attempts { get; internal set; }

    /// <summary>An action block whose start the manager has confirmed.</summary>
    [JsonInclude]
    public bool Confirmed { get; internal set; }

    [JsonInclude]
    public string? LastError { get; internal set; }

    /// <summary>
    /// A condition for closing the task this token waits for held, and Tasking was asked to close it: the token
    /// still waits for the task's answer (a person may have answered first), but facts are not checked for it again.
    /// </summary>
    [JsonInclude]
    public bool ClosingAsked { get; internal set; }

    /// <summary>
    /// The due moment the task this token waits for was given from the fact its block's <c>dueAt</c> names: when the
    /// fact later holds another moment (a booking moved), Tasking is told the new one (ADR 0076).
    /// </summary>
    [JsonInclude]
    public DateTime? DueAtUtc { get; internal set; }

    internal static Token At(string blockId) => new() { Id = Guid.NewGuid(), BlockId = blockId, Status = TokenStatus.Active };

    internal bool IsLive => Status is TokenStatus.Active or TokenStatus.Waiting or TokenStatus.Failed;

    internal void WaitFor(WaitKind wait, Guid? reference = null, Guid? timer = null)
    {
        Status = TokenStatus.Waiting;
        Wait = wait;
        WaitRef = reference;
        TimerId = timer;
    }

    internal void MoveTo(string blockId)
    {
        BlockId = blockId;
        Status = TokenStatus.Active;
        Wait = WaitKind.None;
        WaitRef = null;
        TimerId = null;
        Attempts = 0;
        Confirmed = false;
        LastError = null;
        ClosingAsked = false;
        DueAtUtc = null;
    }
}
