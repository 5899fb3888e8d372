using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using Crm.Modules.SpareParts.Domain.Parts;
using Crm.Modules.SpareParts.Domain.Warehouses;
using FluentValidation;
using MediatR;

namespace Crm.Modules.SpareParts.Application.CustomerOrders.DraftCustomerOrder;

/// <summary>A line as sent: the price is the part's own unless given; the supply deadline is for what must be ordered.</summary>
public sealed record OrderLineInput(Guid? PartId, decimal? Quantity, decimal? Price, DateTimeOffset? SupplyDeadline) : ILineInput;

/// <summary>
/// A customer order written down (a draft: nothing reserved yet). The client is Sales' client id (kept as given: Spare
/// Parts keeps no copy of clients yet); the manager is the signed-in employee unless named; a work order or booking of
/// the station may be named (by id) when the parts are for it.
/// </summary>
public sealed record DraftCustomerOrderCommand(
    Guid? ClientId, Guid? ManagerId, Guid? WarehouseId, Guid? WorkOrderId, Guid? BookingId, IReadOnlyList<OrderLineInput>? Lines) : ICommand<Guid>;

internal sealed class DraftCustomerOrderValidator : AbstractValidator<DraftCustomerOrderCommand>
{
    public DraftCustomerOrderValidator()
    {
        RuleFor(c => c.ClientId).NotEmpty();
        RuleFor(c => c.WarehouseId).NotEmpty();
        RuleFor(c => c.ManagerId).NotEqual(Guid.Empty);
        RuleFor(c => c.Lines).NotEmpty().Must(l => l is null || l.Count <= LineInput.MaxLines).WithMessage($"At most {LineInput.MaxLines} lines.");
        RuleForEach(c => c.Lines).NotNull().ChildRules(line =>
        {
            LineInput.Rules(line);
            LineInput.Price(line, l => l.Price);
            LineInput.Moment(line, l => l.SupplyDeadline, "supplyDeadline");
        });
    }
}

internal sealed class DraftCustomerOrderHandler(
    IRepository<CustomerOrder> orders, IReadRepository<Part> parts, IReadRepository<Warehouse> warehouses, ICurrentEmployee employee, TimeProvider clock)
    : IRequestHandler<DraftCustomerOrderCommand, Guid>
{
    public async Task<Guid> Handle(DraftCustomerOrderCommand command, CancellationToken cancellationToken)
    {
        var warehouse = await LineInput.WarehouseAsync(warehouses, command.WarehouseId!.Value, cancellationToken);
        var known = await LineInput.PartsAsync(parts, command.Lines!, cancellationToken);
        var lines = command.Lines!.Select(l =>
        {
            var part = known[new PartId(l.PartId!.Value)];
            return new OrderLineSpec(part.Id, part.Unit, l.Quantity!.Value, l.Price ?? part.Price, l.SupplyDeadline?.UtcDateTime);
        }).ToList();
        var header = new CustomerOrderHeader(command.ClientId!.Value, command.ManagerId ?? employee.Id, warehouse, command.WorkOrderId, command.BookingId);
        var order = CustomerOrder.Draft(new CustomerOrderId(Guid.NewGuid()), header, lines, clock.GetUtcNow().UtcDateTime);
        orders.Add(order);
        return order.Id.Value;
    }
}
