using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Contracts;
using Crm.Modules.ServiceStation.Domain.WorkOrders;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.WorkOrders.CloseWorkOrder;

public sealed record DeclinedWorkInput(Guid? WorkId, DateOnly? DueOn);

/// <summary>
/// The car leaves: the works done, and the works the client declined, each with the date by which the station
/// recommends it; those become the vehicle's recommendations.
/// </summary>
public sealed record CloseWorkOrderCommand(Guid WorkOrderId, int? ExpectedVersion, IReadOnlyList<Guid>? Done, IReadOnlyList<DeclinedWorkInput>? Declined) : ICommand<Unit>;

internal sealed class CloseWorkOrderValidator : AbstractValidator<CloseWorkOrderCommand>
{
    public CloseWorkOrderValidator() =>
        RuleForEach(c => c.Declined).ChildRules(d =>
        {
            d.RuleFor(x => x.WorkId).NotNull();
            d.RuleFor(x => x.DueOn).InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2999, 12, 31));
        });
}

internal sealed class CloseWorkOrderHandler(IRepository<WorkOrder> orders, IUnitOfWorkLocator unitOfWorks, TimeProvider clock) : IRequestHandler<CloseWorkOrderCommand, Unit>
{
    public async Task<Unit> Handle(CloseWorkOrderCommand c, CancellationToken cancellationToken)
    {
        var order = await orders.ForUpdateAsync(c.WorkOrderId, cancellationToken, c.ExpectedVersion);
        order.Close(c.Done ?? [], c.Declined?.Select(d => new DeclinedWork(d.WorkId!.Value, d.DueOn)).ToList() ?? [], clock.GetUtcNow().UtcDateTime);

        // For other modules (Quality's surveys after service); the order's facts for processes come from its domain event.
        unitOfWorks.For(GetType()).Publish(new WorkOrderClosedIntegrationEvent(
            order.Id.Value, order.ClientId, order.VehicleId, order.MasterConsultantId, TechnicianIds: [], order.ClosedAtUtc!.Value));
        return Unit.Value;
    }
}
