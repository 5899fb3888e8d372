using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Domain.TaskTypes.Rules;

namespace Crm.Modules.Tasking.Domain.TaskTypes;

public readonly record struct TaskTypeId(Guid Value) : ITypedId;

/// <summary>
/// An entry of the task-types directory: how a task looks in lists and which results it may close with.
/// Without custom results a type offers "Done" and "Failed".
/// </summary>
public sealed partial class TaskType : AggregateRoot<TaskTypeId>
{
    public const int NameMaxLength = 200;

    public const int IconMaxLength = 64;

    public const string ColourPattern = "^#[0-9a-fA-F]{6}$";

    private readonly List<TaskResultOption> _results = [];

    private TaskType()
    {
        Name = Icon = Colour = string.Empty;
    }

    private TaskType(TaskTypeId id, string name, string icon, string colour, int sortOrder)
    {
        Id = id;
        Name = Guard.NotBlank(name, nameof(name), NameMaxLength);
        Icon = icon;
        Colour = colour;
        SortOrder = sortOrder;
    }

    public string Name { get; private set; }

    /// <summary>An icon name the web client knows (e.g. "phone").</summary>
    public string Icon { get; private set; }

    /// <summary>#RRGGBB.</summary>
    public string Colour { get; private set; }

    /// <summary>Position in lists, smaller first.</summary>
    public int SortOrder { get; private set; }

    /// <summary>What tasks of this type ask people to do (calls and questions get checklists).</summary>
    public TaskKind Kind { get; private set; }

    public IReadOnlyCollection<TaskResultOption> Results => _results.OrderBy(r => r.Position).ToList();

    public static IReadOnlyList<TaskResultOption> DefaultResults { get; } =
    [
        new("done", "Done", requiresReason: false),
        new("failed", "Failed", requiresReason: false),
    ];

    public static TaskType Create(
        TaskTypeId id, string name, string icon, string colour, int sortOrder, IReadOnlyCollection<TaskResultOption>? results, TaskKind kind = TaskKind.Task)
    {
        var type = new TaskType(id, name, icon, colour, sortOrder) { Kind = kind };
        type.ReplaceResults(results is { Count: > 0 } ? results : DefaultResults);
        return type;
    }

    public void Describe(string name, string icon, string colour, int sortOrder)
    {
        Name = Guard.NotBlank(name, nameof(name), NameMaxLength);
        Icon = icon;
        Colour = colour;
        SortOrder = sortOrder;
    }

    public void ReplaceResults(IReadOnlyCollection<TaskResultOption> results)
    {
        CheckRule(new ResultCodesMustBeUniqueRule(results));
        _results.Clear();
        _results.AddRange(results.Select((r, i) => new TaskResultOption(r.Code, r.Name, r.RequiresReason, r.AsksForMoment).At(i + 1)));
    }

    public TaskResultOption? FindResult(string code) =>
        _results.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));
}
