using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Domain.WorkOrders;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.WorkOrders.AddWorkOrderLines;

/// <summary>More works or parts found while the car is in (each starts planned or needed).</summary>
public sealed record AddWorkOrderLinesCommand(Guid WorkOrderId, int? ExpectedVersion, IReadOnlyList<WorkInput>? Works, IReadOnlyList<PartInput>? Parts) : ICommand<Unit>;

internal sealed class AddWorkOrderLinesValidator : AbstractValidator<AddWorkOrderLinesCommand>
{
    public AddWorkOrderLinesValidator()
    {
        RuleFor(c => c.Works).NotEmpty().When(c => c.Parts is not { Count: > 0 }).WithMessage("Add a work or a part.");
        DocumentInput.Works(this, c => c.Works);
        DocumentInput.Parts(this, c => c.Parts);
    }
}

internal sealed class AddWorkOrderLinesHandler(IRepository<WorkOrder> orders, TimeProvider clock) : IRequestHandler<AddWorkOrderLinesCommand, Unit>
{
    public async Task<Unit> Handle(AddWorkOrderLinesCommand c, CancellationToken cancellationToken)
    {
        var order = await orders.ForUpdateAsync(c.WorkOrderId, cancellationToken, c.ExpectedVersion);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var work in DocumentInput.Specs(c.Works))
        {
            order.AddWork(work, now);
        }

        foreach (var part in DocumentInput.Specs(c.Parts))
        {
            order.AddPart(part, now);
        }

        return Unit.Value;
    }
}
