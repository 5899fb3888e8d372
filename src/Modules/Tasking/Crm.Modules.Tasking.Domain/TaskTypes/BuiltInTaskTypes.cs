using Crm.Modules.Tasking.Domain.Tasks;

namespace Crm.Modules.Tasking.Domain.TaskTypes;

/// <summary>
/// Task types every station has, with fixed ids (seeded by a migration): process tasks that name no type of their
/// own get the one for their kind, and redirecting a task opens one of the last two.
/// </summary>
public static class BuiltInTaskTypes
{
    public static readonly TaskTypeId Question = new(Guid.Parse("0b5e7c1a-0000-4000-8000-000000000001"));
    public static readonly TaskTypeId Call = new(Guid.Parse("0b5e7c1a-0000-4000-8000-000000000002"));
    public static readonly TaskTypeId ConfirmAction = new(Guid.Parse("0b5e7c1a-0000-4000-8000-000000000003"));
    public static readonly TaskTypeId ProcessTask = new(Guid.Parse("0b5e7c1a-0000-4000-8000-000000000004"));
    public static readonly TaskTypeId Redirected = new(Guid.Parse("0b5e7c1a-0000-4000-8000-000000000005"));
    public static readonly TaskTypeId CallClientBack = new(Guid.Parse("0b5e7c1a-0000-4000-8000-000000000006"));

    /// <summary>id, name, icon, colour, order, kind: what the migration seeds.</summary>
    public static IReadOnlyList<(TaskTypeId Id, string Name, string Icon, string Colour, int SortOrder, TaskKind Kind)> All { get; } =
    [
        (Question, "Question to manager", "help", "#8e24aa", 1, TaskKind.Question),
        (Call, "Process call", "phone", "#1e88e5", 2, TaskKind.Call),
        (ConfirmAction, "Confirm action", "check", "#00897b", 3, TaskKind.ConfirmAction),
        (ProcessTask, "Process task", "task", "#607d8b", 4, TaskKind.Task),
        (Redirected, "Task redirected", "forward", "#f4511e", 5, TaskKind.Task),
        (CallClientBack, "Call the client back", "phone-callback", "#e53935", 6, TaskKind.Call),
    ];

    public static TaskTypeId ForKind(TaskKind kind) => kind switch
    {
        TaskKind.Question => Question,
        TaskKind.Call => Call,
        TaskKind.ConfirmAction => ConfirmAction,
        _ => ProcessTask,
    };
}
