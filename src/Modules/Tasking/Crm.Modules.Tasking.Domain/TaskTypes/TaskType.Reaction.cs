namespace Crm.Modules.Tasking.Domain.TaskTypes;

/// <summary>How soon a task of the type should be answered when whoever asks for it does not say.</summary>
public sealed partial class TaskType
{
    /// <summary>The longest reaction time a type may give: beyond it "reaction" means nothing.</summary>
    public static readonly TimeSpan MaxReactionTime = TimeSpan.FromDays(30);

    /// <summary>A task of the type not taken within this long times out (and escalates); null: no limit of its own.</summary>
    public TimeSpan? ReactionTime { get; private set; }

    public void SetReactionTime(TimeSpan? reactionTime) =>
        ReactionTime = reactionTime is { } value && (value <= TimeSpan.Zero || value > MaxReactionTime)
            ? throw new ArgumentOutOfRangeException(nameof(reactionTime), "A reaction time lies between a moment and 30 days.")
            : reactionTime;
}
