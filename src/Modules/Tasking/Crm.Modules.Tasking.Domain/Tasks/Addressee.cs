using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Tasking.Domain.Tasks;

public enum AddresseeKind
{
    Employee,
    Position,
    Department,

    /// <summary>A process's task: addressed to the process's executors; <c>Id</c> is the process definition.</summary>
    ProcessExecutors,
}

/// <summary>Whom a task is addressed to: one employee, everybody holding a position or in a department, or a process's executors.</summary>
public sealed record Addressee(AddresseeKind Kind, Guid Id);

/// <summary>The object a task is about, in any module (<c>order</c>, <c>client</c>, <c>work-order</c>…).</summary>
public sealed record Subject
{
    public const int TypeMaxLength = 64;
    public const int IdMaxLength = 128;

    public Subject(string type, string id)
    {
        Type = Guard.NotBlank(type, nameof(type), TypeMaxLength).ToLowerInvariant();
        Id = Guard.NotBlank(id, nameof(id), IdMaxLength);
    }

    public string Type { get; }

    public string Id { get; }
}
