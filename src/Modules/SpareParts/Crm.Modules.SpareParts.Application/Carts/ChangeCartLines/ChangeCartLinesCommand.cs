using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.Carts;
using Crm.Modules.SpareParts.Domain.Parts;
using FluentValidation;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Carts.ChangeCartLines;

/// <summary>"Save": the cart's lines become these, at the card's version (If-Match; a stale one is a 409).</summary>
public sealed record ChangeCartLinesCommand(Guid CartId, int? ExpectedVersion, IReadOnlyList<CartLineInput>? Lines) : ICommand<Unit>;

internal sealed class ChangeCartLinesValidator : AbstractValidator<ChangeCartLinesCommand>
{
    public ChangeCartLinesValidator()
    {
        RuleFor(c => c.Lines).NotNull();
        CartInput.Lines(this, c => c.Lines);
    }
}

internal sealed class ChangeCartLinesHandler(IRepository<Cart> carts, IReadRepository<Part> parts, TimeProvider clock) : IRequestHandler<ChangeCartLinesCommand, Unit>
{
    public async Task<Unit> Handle(ChangeCartLinesCommand command, CancellationToken cancellationToken)
    {
        var cart = await carts.ForUpdateAsync(command.CartId, cancellationToken, command.ExpectedVersion);
        cart.ChangeLines(await CartInput.SpecsAsync(parts, command.Lines, cancellationToken), clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
