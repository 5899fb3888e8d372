using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.ServiceStation.Domain.Bays;

public readonly record struct BayId(Guid Value) : ITypedId;

/// <summary>A place in the workshop that holds one car at a time (a lift, a pit, a wash box). Names are unique.</summary>
public sealed class Bay : AggregateRoot<BayId>
{
    public const int NameMaxLength = 100;

    private Bay()
    {
        Name = string.Empty;
    }

    public string Name { get; private set; }

    public static Bay Create(BayId id, string name) => new() { Id = id, Name = Guard.NotBlank(name, nameof(name), NameMaxLength) };

    public void Rename(string name) => Name = Guard.NotBlank(name, nameof(name), NameMaxLength);
}
