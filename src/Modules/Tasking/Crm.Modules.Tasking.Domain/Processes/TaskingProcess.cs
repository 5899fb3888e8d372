using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Domain.Staff;

namespace Crm.Modules.Tasking.Domain.Processes;

public readonly record struct ProcessId(Guid Value) : ITypedId;

public enum ExecutorKind
{
    Employee,
    Position,
    Department,
}

/// <summary>Who works a process's tasks: one employee, everybody holding a position, or a whole department.</summary>
public sealed record ProcessExecutor(ExecutorKind Kind, Guid Id);

/// <summary>
/// A process definition as Tasking knows it, kept up to date from the engine's task requests: its name, its
/// priority in the inbox, whether its tasks stay out of the inbox, and its executors — the people who see its
/// tasks and may take them for themselves.
/// </summary>
public sealed class TaskingProcess : AggregateRoot<ProcessId>
{
    public const int NameMaxLength = 300;

    private readonly List<ProcessExecutor> _executors = [];

    private TaskingProcess()
    {
        Name = string.Empty;
    }

    private TaskingProcess(ProcessId id, string name)
    {
        Id = id;
        Name = Guard.NotBlank(name, nameof(name), NameMaxLength);
    }

    public string Name { get; private set; }

    /// <summary>Larger first in the inbox when ordering by priority.</summary>
    public int Priority { get; private set; }

    /// <summary>"Do not show in inbox": the tasks still exist and show in lists.</summary>
    public bool HiddenFromInbox { get; private set; }

    public IReadOnlyCollection<ProcessExecutor> Executors => _executors;

    public static TaskingProcess Register(ProcessId id, string name) => new(id, name);

    /// <summary>The engine's latest word on the process wins: name, priority, inbox visibility, executors.</summary>
    public void Describe(string name, int priority, bool hiddenFromInbox, IEnumerable<ProcessExecutor> executors)
    {
        Name = Guard.NotBlank(name, nameof(name), NameMaxLength);
        Priority = priority;
        HiddenFromInbox = hiddenFromInbox;
        _executors.Clear();
        _executors.AddRange(executors.Distinct());
    }

    public bool IsExecutedBy(Employee employee) => _executors.Any(e => e.Kind switch
    {
        ExecutorKind.Employee => e.Id == employee.Id.Value,
        ExecutorKind.Position => employee.Holds(new PositionId(e.Id)),
        ExecutorKind.Department => employee.DepartmentId?.Value == e.Id,
        _ => false,
    });
}
