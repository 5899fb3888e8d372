using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.Parts;
using Crm.Modules.SpareParts.Domain.Parts.Rules;
using Crm.Modules.SpareParts.Domain.Stock;
using Crm.Modules.SpareParts.Domain.Warehouses;
using FluentValidation;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Stock.CountStock;

/// <summary>A stocktake of one part in a warehouse: on hand becomes the count (an adjustment movement); never below what is reserved.</summary>
public sealed record CountStockCommand(Guid? PartId, Guid? WarehouseId, decimal? Counted) : ICommand<Unit>, IRetriedOnDuplicateKey;

internal sealed class CountStockValidator : AbstractValidator<CountStockCommand>
{
    public CountStockValidator()
    {
        RuleFor(c => c.PartId).NotEmpty();
        RuleFor(c => c.WarehouseId).NotEmpty();
        RuleFor(c => c.Counted).NotNull().GreaterThanOrEqualTo(0).LessThan(QuantityMustFitUnitRule.Max).WithErrorCode("quantity.invalid");
    }
}

internal sealed class CountStockHandler(IReadRepository<Part> parts, IReadRepository<Warehouse> warehouses, StockDesk stock, ICurrentEmployee employee, TimeProvider clock)
    : IRequestHandler<CountStockCommand, Unit>
{
    public async Task<Unit> Handle(CountStockCommand command, CancellationToken cancellationToken)
    {
        var part = await parts.FirstOrDefaultAsync(new PartsByIdsSpec([new PartId(command.PartId!.Value)]), cancellationToken)
            ?? throw new InvalidFieldException("partId", $"There is no part {command.PartId}.", "part.unknown");
        if (command.Counted != 0 && !PartUnits.Fits(part.Unit, command.Counted!.Value))
        {
            throw new InvalidFieldException("counted", new QuantityMustFitUnitRule(part.Unit, command.Counted.Value).Message, "quantity.invalid");
        }

        var warehouse = await LineInput.WarehouseAsync(warehouses, command.WarehouseId!.Value, cancellationToken);
        await stock.CountAsync(warehouse, part.Id, command.Counted!.Value, new StockActor(employee.Id, clock.GetUtcNow().UtcDateTime, "stocktake"), cancellationToken);
        return Unit.Value;
    }
}
