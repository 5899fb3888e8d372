using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Tasking.Domain.Tasks;

public enum AddresseeKind
{
    Employee,
    Position,
}

/// <summary>Whom a task is addressed to: one employee, or everybody holding a position.</summary>
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
