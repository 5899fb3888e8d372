using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.SpareParts.Domain.Warehouses;

public readonly record struct WarehouseId(Guid Value) : ITypedId;

/// <summary>A place where parts are kept and counted (the station's store, a supplier's consignment shelf). Names are unique.</summary>
public sealed class Warehouse : AggregateRoot<WarehouseId>
{
    public const int NameMaxLength = 100;

    private Warehouse()
    {
        Name = string.Empty;
    }

    public string Name { get; private set; }

    public static Warehouse Open(WarehouseId id, string name) => new() { Id = id, Name = Guard.NotBlank(name, nameof(name), NameMaxLength) };

    public void Rename(string name) => Name = Guard.NotBlank(name, nameof(name), NameMaxLength);
}
