using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.Carts;
using FluentValidation;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Carts.DiscardCart;

/// <summary>The cart is not needed (the client changed their mind): it closes as discarded, with the reason given.</summary>
public sealed record DiscardCartCommand(Guid CartId, int? ExpectedVersion, string? Reason) : ICommand<Unit>;

internal sealed class DiscardCartValidator : AbstractValidator<DiscardCartCommand>
{
    public DiscardCartValidator() => RuleFor(c => c.Reason).MaximumLength(Cart.ReasonMaxLength);
}

internal sealed class DiscardCartHandler(IRepository<Cart> carts, TimeProvider clock) : IRequestHandler<DiscardCartCommand, Unit>
{
    public async Task<Unit> Handle(DiscardCartCommand command, CancellationToken cancellationToken)
    {
        (await carts.ForUpdateAsync(command.CartId, cancellationToken, command.ExpectedVersion)).Discard(command.Reason, clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
