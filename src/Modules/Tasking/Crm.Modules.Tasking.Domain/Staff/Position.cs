using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Tasking.Domain.Staff;

/// <summary>A job in the station (call-centre operator, master consultant…): tasks may be addressed to it.</summary>
public sealed class Position : AggregateRoot<PositionId>
{
    public const int NameMaxLength = 200;

    private Position()
    {
        Name = string.Empty;
    }

    private Position(PositionId id, string name)
    {
        Id = id;
        Name = Guard.NotBlank(name, nameof(name), NameMaxLength);
    }

    public string Name { get; private set; }

    public static Position Create(PositionId id, string name) => new(id, name);

    public void Rename(string name) => Name = Guard.NotBlank(name, nameof(name), NameMaxLength);
}
