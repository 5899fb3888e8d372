using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Contracts;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.Carts;

namespace Crm.Modules.SpareParts.Application.Carts.DocumentAnswers;

/// <summary>The station added the picked parts to its document: the cart closes as added.</summary>
internal sealed class PickedPartsAddedHandler(IUnitOfWorkLocator unitOfWorks, IRepository<Cart> carts, TimeProvider clock)
    : IntegrationEventHandler<PickedPartsAddedIntegrationEvent>(unitOfWorks)
{
    protected override async Task HandleAsync(PickedPartsAddedIntegrationEvent answer, CancellationToken cancellationToken) =>
        (await carts.FirstOrDefaultAsync(new CartByIdSpec(new CartId(answer.CartId), forUpdate: true), cancellationToken))
            ?.PartsAdded(answer.PickId, clock.GetUtcNow().UtcDateTime);
}

/// <summary>The station refused the picked parts: the cart stays open and its card says why.</summary>
internal sealed class PickedPartsRefusedHandler(IUnitOfWorkLocator unitOfWorks, IRepository<Cart> carts)
    : IntegrationEventHandler<PickedPartsRefusedIntegrationEvent>(unitOfWorks)
{
    protected override async Task HandleAsync(PickedPartsRefusedIntegrationEvent answer, CancellationToken cancellationToken) =>
        (await carts.FirstOrDefaultAsync(new CartByIdSpec(new CartId(answer.CartId), forUpdate: true), cancellationToken))
            ?.PartsRefused(answer.PickId, answer.Code, answer.Reason);
}
