using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Tasking.Domain.Tasks;

/// <summary>
/// Where a process's task came from: the instance and definition, the block that asked, and the engine's request
/// id, which the task's answer carries back.
/// </summary>
public sealed record ProcessLink
{
    public const int NameMaxLength = 300;
    public const int BlockIdMaxLength = 128;

    public ProcessLink(Guid instanceId, Guid definitionId, string name, string blockId, Guid requestId)
    {
        InstanceId = instanceId;
        DefinitionId = definitionId;
        Name = Guard.NotBlank(name, nameof(name), NameMaxLength);
        BlockId = Guard.NotBlank(blockId, nameof(blockId), BlockIdMaxLength);
        RequestId = requestId;
    }

    public Guid InstanceId { get; }

    public Guid DefinitionId { get; }

    public string Name { get; }

    public string BlockId { get; }

    public Guid RequestId { get; }
}

/// <summary>What a person is asked to do: it decides which extras the task offers (checklists on calls and questions).</summary>
public enum TaskKind
{
    Task,
    Call,
    Question,
    ConfirmAction,
}

/// <summary>
/// One of a task's own answers (a process block's exits, or a redirected task's results): when a task has
/// answers, it closes with one of them instead of its type's results.
/// </summary>
public sealed class TaskAnswer
{
    public const int CodeMaxLength = 64;
    public const int LabelMaxLength = 200;

    private TaskAnswer()
    {
        Code = Label = string.Empty;
    }

    public TaskAnswer(string code, string label, bool asksForMoment = false, bool requiresComment = false, bool requiresReason = false)
    {
        Code = Guard.NotBlank(code, nameof(code), CodeMaxLength);
        Label = Guard.NotBlank(label, nameof(label), LabelMaxLength);
        AsksForMoment = asksForMoment;
        RequiresComment = requiresComment;
        RequiresReason = requiresReason;
    }

    public string Code { get; private set; }

    public string Label { get; private set; }

    /// <summary>Answering with it also needs a moment ("when to call back").</summary>
    public bool AsksForMoment { get; private set; }

    public bool RequiresComment { get; private set; }

    public bool RequiresReason { get; private set; }

    /// <summary>Order in which the answers are offered.</summary>
    public int Position { get; private set; }

    internal TaskAnswer At(int position)
    {
        Position = position;
        return this;
    }
}

/// <summary>A way to close a task, whether it comes from the task's type or the task's own answers.</summary>
public sealed record TaskResultChoice(string Code, string Name, bool RequiresReason, bool AsksForMoment = false, bool RequiresComment = false);
