using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Sales.Domain.Purchases;
using MediatR;

namespace Crm.Modules.Sales.Application.Purchases.CreateRenewalOrder;

/// <summary>Create the order that renews the purchase: same offer and price, for the same client.</summary>
public sealed record CreateRenewalOrderCommand(Guid PurchaseId) : ICommand<Guid>;

internal sealed class CreateRenewalOrderHandler(IRepository<Purchase> purchases, PurchaseRenewal renewal) : IRequestHandler<CreateRenewalOrderCommand, Guid>
{
    public async Task<Guid> Handle(CreateRenewalOrderCommand command, CancellationToken cancellationToken) =>
        (await renewal.RenewAsync(await purchases.ForUpdateAsync(command.PurchaseId, cancellationToken), null, cancellationToken)).Id.Value;
}
