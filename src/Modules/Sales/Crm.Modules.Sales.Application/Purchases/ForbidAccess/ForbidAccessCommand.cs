using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Sales.Domain.Purchases;
using MediatR;

namespace Crm.Modules.Sales.Application.Purchases.ForbidAccess;

/// <summary>"Do not use this purchase for the client's access".</summary>
public sealed record ForbidAccessCommand(Guid PurchaseId) : ICommand<Unit>;

internal sealed class ForbidAccessHandler(IRepository<Purchase> purchases, TimeProvider clock) : IRequestHandler<ForbidAccessCommand, Unit>
{
    public async Task<Unit> Handle(ForbidAccessCommand command, CancellationToken cancellationToken)
    {
        (await purchases.ForUpdateAsync(command.PurchaseId, cancellationToken)).ForbidAccess(clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
