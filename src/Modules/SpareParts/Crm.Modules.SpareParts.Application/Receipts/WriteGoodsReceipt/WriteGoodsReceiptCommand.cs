using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.Parts;
using Crm.Modules.SpareParts.Domain.Receipts;
using Crm.Modules.SpareParts.Domain.Warehouses;
using FluentValidation;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Receipts.WriteGoodsReceipt;

public sealed record ReceiptLineInput(Guid? PartId, decimal? Quantity) : ILineInput;

/// <summary>A goods receipt written down from the supplier's papers (a draft: stock changes when it is posted).</summary>
public sealed record WriteGoodsReceiptCommand(string? Supplier, Guid? WarehouseId, IReadOnlyList<ReceiptLineInput>? Lines) : ICommand<Guid>;

internal sealed class WriteGoodsReceiptValidator : AbstractValidator<WriteGoodsReceiptCommand>
{
    public WriteGoodsReceiptValidator()
    {
        RuleFor(c => c.Supplier).NotEmpty().MaximumLength(GoodsReceipt.SupplierMaxLength);
        RuleFor(c => c.WarehouseId).NotEmpty();
        RuleFor(c => c.Lines).NotEmpty().Must(l => l is null || l.Count <= LineInput.MaxLines).WithMessage($"At most {LineInput.MaxLines} lines.");
        RuleForEach(c => c.Lines).NotNull().ChildRules(LineInput.Rules);
    }
}

internal sealed class WriteGoodsReceiptHandler(
    IRepository<GoodsReceipt> receipts, IReadRepository<Part> parts, IReadRepository<Warehouse> warehouses, TimeProvider clock)
    : IRequestHandler<WriteGoodsReceiptCommand, Guid>
{
    public async Task<Guid> Handle(WriteGoodsReceiptCommand command, CancellationToken cancellationToken)
    {
        var warehouse = await LineInput.WarehouseAsync(warehouses, command.WarehouseId!.Value, cancellationToken);
        var known = await LineInput.PartsAsync(parts, command.Lines!, cancellationToken);
        var lines = command.Lines!.Select(l => known[new PartId(l.PartId!.Value)]).Zip(command.Lines!, (part, l) => new ReceiptLineSpec(part.Id, part.Unit, l.Quantity!.Value)).ToList();
        var receipt = GoodsReceipt.Write(new GoodsReceiptId(Guid.NewGuid()), command.Supplier!, warehouse, lines, clock.GetUtcNow().UtcDateTime);
        receipts.Add(receipt);
        return receipt.Id.Value;
    }
}
