using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Domain.Warehouses;
using FluentValidation;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Warehouses.CreateWarehouse;

/// <summary>A new warehouse: stock is counted per part and warehouse, and people pick a warehouse by its name, so names are unique.</summary>
public sealed record CreateWarehouseCommand(string? Name) : ICommand<Guid>;

internal sealed class CreateWarehouseValidator : AbstractValidator<CreateWarehouseCommand>
{
    public CreateWarehouseValidator() => RuleFor(c => c.Name).NotEmpty().MaximumLength(Warehouse.NameMaxLength);
}

internal sealed class CreateWarehouseHandler(IRepository<Warehouse> warehouses) : IRequestHandler<CreateWarehouseCommand, Guid>
{
    public async Task<Guid> Handle(CreateWarehouseCommand command, CancellationToken cancellationToken)
    {
        var name = command.Name!.Trim();
        if (await warehouses.FirstOrDefaultAsync(new WarehouseByNameSpec(name), cancellationToken) is { } twin)
        {
            throw new ConflictException(
                "warehouse.name-taken", $"A warehouse is called '{name}' already.", new Dictionary<string, object?> { ["existingWarehouseId"] = twin.Id.Value });
        }

        var warehouse = Warehouse.Open(new WarehouseId(Guid.NewGuid()), name);
        warehouses.Add(warehouse);
        return warehouse.Id.Value;
    }
}

public sealed class WarehouseByNameSpec : Specification<Warehouse>
{
    public WarehouseByNameSpec(string name) => Query.Where(w => w.Name == name);
}
