using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Domain.TaskTypes;

namespace Crm.Modules.Tasking.Application.TaskTypes;

/// <param name="AsksForMoment">Closing with it also needs a moment (e.g. when to call again).</param>
public sealed record TaskResultDto(string Code, string Name, bool RequiresReason, bool AsksForMoment = false);

/// <summary>An employee or a position a task type escalates to.</summary>
public sealed record EscalationTargetDto(AddresseeKind Kind, Guid Id);

/// <param name="DefaultReminderOffset">Remind this long before (negative) or after (positive) a postponed moment; null: none.</param>
public sealed record TaskTypeDto(Guid Id, string Name, string Icon, string Colour, int SortOrder, IReadOnlyList<TaskResultDto> Results, TimeSpan? DefaultReminderOffset = null)
{
    /// <summary>Alert the addressees when a task of the type opens.</summary>
    public bool AlertOnOpen { get; init; }

    /// <summary>Who is told when a task of the type times out unanswered; null: nobody.</summary>
    public EscalationTargetDto? EscalateTo { get; init; }

    /// <summary>What its tasks ask people to do: Task, Call, Question or ConfirmAction.</summary>
    public TaskKind Kind { get; init; }

    /// <summary>How soon a task of the type should be taken when its process gives no reaction time; null: no limit.</summary>
    public TimeSpan? ReactionTime { get; init; }

    public static TaskTypeDto From(TaskType type) => new(
        type.Id.Value, type.Name, type.Icon, type.Colour, type.SortOrder,
        type.Results.Select(r => new TaskResultDto(r.Code, r.Name, r.RequiresReason, r.AsksForMoment)).ToList(), type.DefaultReminderOffset)
    {
        AlertOnOpen = type.AlertsOnOpen,
        EscalateTo = type.EscalateTo is { } target ? new EscalationTargetDto(target.Kind, target.Id) : null,
        Kind = type.Kind,
        ReactionTime = type.ReactionTime,
    };
}

public sealed class TaskTypesSpec : Specification<TaskType>
{
    public TaskTypesSpec(IReadOnlyCollection<TaskTypeId>? ids = null) =>
        Query.Where(t => ids!.Contains(t.Id), ids is not null).OrderBy(t => t.SortOrder).ThenBy(t => t.Name);
}

public sealed class TaskTypeByIdSpec : Specification<TaskType>
{
    public TaskTypeByIdSpec(TaskTypeId id, bool forUpdate = false)
    {
        Query.Where(t => t.Id == id).AsSingleQuery(); // its few results come in the same round trip
        if (forUpdate)
        {
            Query.AsTracking();
        }
    }
}
