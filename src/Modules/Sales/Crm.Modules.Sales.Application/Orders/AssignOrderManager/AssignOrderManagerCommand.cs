using Crm.BuildingBlocks.Application.Messaging;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Sales.Application.Orders.AssignOrderManager;

/// <summary>Change the order's manager; without an id the manager takes the order for themselves (seed 000).</summary>
public sealed record AssignOrderManagerCommand(Guid OrderId, int? ExpectedVersion, Guid? ManagerId, bool Remove = false) : ICommand<Unit>, IOrderActionCommand;

internal sealed class AssignOrderManagerValidator : AbstractValidator<AssignOrderManagerCommand>
{
    public AssignOrderManagerValidator() => RuleFor(c => c.ManagerId).NotEqual(Guid.Empty);
}

internal sealed class AssignOrderManagerHandler(OrderActions actions) : IRequestHandler<AssignOrderManagerCommand, Unit>
{
    public async Task<Unit> Handle(AssignOrderManagerCommand command, CancellationToken cancellationToken)
    {
        var order = await actions.LoadAsync(command.OrderId, command.ExpectedVersion, cancellationToken);
        var manager = command.Remove ? null : command.ManagerId ?? (Guid?)actions.Actor;
        order.AssignManager(manager, actions.Actor, actions.NowUtc);
        return Unit.Value;
    }
}
