using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Sales.Domain.Purchases;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Sales.Application.Purchases;

/// <summary>Set the renewal status and comment after a talk with the client (seed 000).</summary>
public sealed record SetRenewalCommand(Guid PurchaseId, RenewalStatus? Status, string? Comment) : ICommand<Unit>;

/// <summary>"Do not use this purchase for the client's access".</summary>
public sealed record ForbidAccessCommand(Guid PurchaseId) : ICommand<Unit>;

/// <summary>Change the employee responsible for the purchase.</summary>
public sealed record AssignResponsibleCommand(Guid PurchaseId, Guid? EmployeeId) : ICommand<Unit>;

/// <summary>Create the order that renews the purchase: same offer and price, for the same client.</summary>
public sealed record CreateRenewalOrderCommand(Guid PurchaseId) : ICommand<Guid>;

internal sealed class SetRenewalValidator : AbstractValidator<SetRenewalCommand>
{
    public SetRenewalValidator()
    {
        RuleFor(c => c.Status).NotNull().IsInEnum();
        RuleFor(c => c.Comment).MaximumLength(Purchase.CommentMaxLength);
    }
}

internal sealed class PurchaseCommandsHandler(IRepository<Purchase> purchases, PurchaseRenewal renewal, TimeProvider clock)
    : IRequestHandler<SetRenewalCommand, Unit>, IRequestHandler<ForbidAccessCommand, Unit>,
      IRequestHandler<AssignResponsibleCommand, Unit>, IRequestHandler<CreateRenewalOrderCommand, Guid>
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Unit> Handle(SetRenewalCommand command, CancellationToken cancellationToken)
    {
        (await LoadAsync(command.PurchaseId, cancellationToken)).SetRenewal(command.Status!.Value, command.Comment, Now);
        return Unit.Value;
    }

    public async Task<Unit> Handle(ForbidAccessCommand command, CancellationToken cancellationToken)
    {
        (await LoadAsync(command.PurchaseId, cancellationToken)).ForbidAccess(Now);
        return Unit.Value;
    }

    public async Task<Unit> Handle(AssignResponsibleCommand command, CancellationToken cancellationToken)
    {
        (await LoadAsync(command.PurchaseId, cancellationToken)).AssignResponsible(command.EmployeeId, Now);
        return Unit.Value;
    }

    public async Task<Guid> Handle(CreateRenewalOrderCommand command, CancellationToken cancellationToken) =>
        (await renewal.RenewAsync(await LoadAsync(command.PurchaseId, cancellationToken), null, cancellationToken)).Id.Value;

    private async Task<Purchase> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await purchases.FirstOrDefaultAsync(new PurchaseByIdSpec(new PurchaseId(id), forUpdate: true), cancellationToken)
        ?? throw new NotFoundException("Purchase", id);
}

public sealed class PurchaseByIdSpec : Specification<Purchase>
{
    public PurchaseByIdSpec(PurchaseId id, bool forUpdate = false)
    {
        Query.Where(p => p.Id == id);
        if (forUpdate)
        {
            Query.AsTracking();
        }
    }
}
