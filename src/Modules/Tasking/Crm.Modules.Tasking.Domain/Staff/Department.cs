using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Tasking.Domain.Staff;

/// <summary>A part of the station (reception, workshop, parts store): tasks and processes may be addressed to it.</summary>
public sealed class Department : AggregateRoot<DepartmentId>
{
    public const int NameMaxLength = 200;

    private Department()
    {
        Name = string.Empty;
    }

    private Department(DepartmentId id, string name)
    {
        Id = id;
        Name = Guard.NotBlank(name, nameof(name), NameMaxLength);
    }

    public string Name { get; private set; }

    public static Department Create(DepartmentId id, string name) => new(id, name);
}
