using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Sales.Domain.Purchases;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Sales.Application.Purchases.SetRenewal;

/// <summary>Set the renewal status and comment after a talk with the client (seed 000).</summary>
public sealed record SetRenewalCommand(Guid PurchaseId, RenewalStatus? Status, string? Comment) : ICommand<Unit>;

internal sealed class SetRenewalValidator : AbstractValidator<SetRenewalCommand>
{
    public SetRenewalValidator()
    {
        RuleFor(c => c.Status).NotNull().IsInEnum();
        RuleFor(c => c.Comment).MaximumLength(Purchase.CommentMaxLength);
    }
}

internal sealed class SetRenewalHandler(IRepository<Purchase> purchases, TimeProvider clock) : IRequestHandler<SetRenewalCommand, Unit>
{
    public async Task<Unit> Handle(SetRenewalCommand command, CancellationToken cancellationToken)
    {
        (await purchases.ForUpdateAsync(command.PurchaseId, cancellationToken)).SetRenewal(command.Status!.Value, command.Comment, clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
