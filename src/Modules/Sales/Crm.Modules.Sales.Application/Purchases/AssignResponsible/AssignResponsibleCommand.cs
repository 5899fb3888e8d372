using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Sales.Domain.Purchases;
using MediatR;

namespace Crm.Modules.Sales.Application.Purchases.AssignResponsible;

/// <summary>Change the employee responsible for the purchase.</summary>
public sealed record AssignResponsibleCommand(Guid PurchaseId, Guid? EmployeeId) : ICommand<Unit>;

internal sealed class AssignResponsibleHandler(IRepository<Purchase> purchases, TimeProvider clock) : IRequestHandler<AssignResponsibleCommand, Unit>
{
    public async Task<Unit> Handle(AssignResponsibleCommand command, CancellationToken cancellationToken)
    {
        (await purchases.ForUpdateAsync(command.PurchaseId, cancellationToken)).AssignResponsible(command.EmployeeId, clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
