using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Application.Stock;
using Crm.Modules.SpareParts.Domain.Sales;
using Crm.Modules.SpareParts.Domain.Stock;
using FluentValidation;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Sales.ReturnSaleLine;

/// <summary>A sold line (or part of it) brought back, with the reason: the goods go back on the sale's warehouse's stock.</summary>
public sealed record ReturnSaleLineCommand(Guid SaleId, Guid? LineId, decimal? Quantity, string? Reason, int? ExpectedVersion) : ICommand<Unit>, IRetriedOnConflict;

internal sealed class ReturnSaleLineValidator : AbstractValidator<ReturnSaleLineCommand>
{
    public ReturnSaleLineValidator()
    {
        RuleFor(c => c.LineId).NotEmpty();
        RuleFor(c => c.Quantity).NotNull().GreaterThan(0).WithErrorCode("quantity.invalid");
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(SaleReturn.ReasonMaxLength);
    }
}

internal sealed class ReturnSaleLineHandler(IRepository<Sale> sales, StockDesk stock, ICurrentEmployee employee, TimeProvider clock)
    : IRequestHandler<ReturnSaleLineCommand, Unit>
{
    public async Task<Unit> Handle(ReturnSaleLineCommand command, CancellationToken cancellationToken)
    {
        var sale = await sales.ForUpdateAsync(command.SaleId, cancellationToken, command.ExpectedVersion);
        var now = clock.GetUtcNow().UtcDateTime;
        var line = sale.Return(command.LineId!.Value, command.Quantity!.Value, command.Reason!, employee.Id, now);
        await stock.ReturnAsync(sale.WarehouseId, new PartQuantity(line.PartId, command.Quantity.Value), new StockActor(employee.Id, now, "sale", sale.Id.Value), cancellationToken);
        return Unit.Value;
    }
}
