using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using FluentValidation;
using MediatR;

namespace Crm.Modules.SpareParts.Application.CustomerOrders.ChangeReserve;

/// <summary>Gives a posted order line's reserve back to stock; the line awaits supply again, by its deadline or the one given.</summary>
public sealed record ReleaseReserveCommand(Guid Id, Guid LineId, DateTimeOffset? SupplyDeadline, int? ExpectedVersion) : ICommand<Unit>, IRetriedOnConflict;

internal sealed class ReleaseReserveValidator : AbstractValidator<ReleaseReserveCommand>
{
    public ReleaseReserveValidator() =>
        RuleFor(c => c.SupplyDeadline).Must(m => m is null || Moments.IsShowable(m.Value)).WithMessage(Moments.OutOfRange);
}

internal sealed class ReleaseReserveHandler(IRepository<CustomerOrder> orders, OrderDesk desk, ICurrentEmployee employee, TimeProvider clock)
    : IRequestHandler<ReleaseReserveCommand, Unit>
{
    public async Task<Unit> Handle(ReleaseReserveCommand command, CancellationToken cancellationToken)
    {
        var order = await orders.ForUpdateAsync(command.Id, cancellationToken, command.ExpectedVersion);
        await desk.ReleaseAsync(order, command.LineId, command.SupplyDeadline?.UtcDateTime, employee.Id, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return Unit.Value;
    }
}
