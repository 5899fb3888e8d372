using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Domain.Staff;
using Crm.Modules.Tasking.Contracts;

namespace Crm.Modules.Quality.Application.Staff;

/// <summary>An employee's card from Tasking: Quality's copy takes it if it is newer (an upsert by version, ADR 0059).</summary>
internal sealed class StaffCardHandler(IUnitOfWorkLocator unitOfWorks, IRepository<QualityEmployee> staff)
    : IntegrationEventHandler<EmployeeCardChangedIntegrationEvent>(unitOfWorks)
{
    protected override async Task HandleAsync(EmployeeCardChangedIntegrationEvent card, CancellationToken cancellationToken)
    {
        var held = new EmployeeCard(card.Version, card.Name, card.IsAdministrator, card.PositionIds, card.DismissedAtUtc);
        var copy = await staff.GetByIdAsync(card.EmployeeId, cancellationToken);
        if (copy is null)
        {
            staff.Add(QualityEmployee.From(card.EmployeeId, held)); // a duplicate key is retried as an update
        }
        else
        {
            copy.Apply(held);
        }
    }
}
