using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Domain.WorkOrders;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.WorkOrders.SetLineStatus;

/// <summary>A work started, done or declined; a part reserved, installed or declined.</summary>
public sealed record SetWorkStatusCommand(Guid WorkOrderId, int? ExpectedVersion, Guid WorkId, WorkStatus? Status) : ICommand<Unit>;

public sealed record SetPartStatusCommand(Guid WorkOrderId, int? ExpectedVersion, Guid PartId, PartStatus? Status) : ICommand<Unit>;

internal sealed class SetWorkStatusValidator : AbstractValidator<SetWorkStatusCommand>
{
    public SetWorkStatusValidator() => RuleFor(c => c.Status).NotNull().IsInEnum();
}

internal sealed class SetPartStatusValidator : AbstractValidator<SetPartStatusCommand>
{
    public SetPartStatusValidator() => RuleFor(c => c.Status).NotNull().IsInEnum();
}

internal sealed class SetWorkStatusHandler(IRepository<WorkOrder> orders, TimeProvider clock) : IRequestHandler<SetWorkStatusCommand, Unit>
{
    public async Task<Unit> Handle(SetWorkStatusCommand c, CancellationToken cancellationToken)
    {
        (await orders.ForUpdateAsync(c.WorkOrderId, cancellationToken, c.ExpectedVersion)).SetWorkStatus(c.WorkId, c.Status!.Value, clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}

internal sealed class SetPartStatusHandler(IRepository<WorkOrder> orders, TimeProvider clock) : IRequestHandler<SetPartStatusCommand, Unit>
{
    public async Task<Unit> Handle(SetPartStatusCommand c, CancellationToken cancellationToken)
    {
        (await orders.ForUpdateAsync(c.WorkOrderId, cancellationToken, c.ExpectedVersion)).SetPartStatus(c.PartId, c.Status!.Value, clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
