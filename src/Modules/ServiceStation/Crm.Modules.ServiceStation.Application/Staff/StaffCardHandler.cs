using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Domain.Staff;
using Crm.Modules.Tasking.Contracts;

namespace Crm.Modules.ServiceStation.Application.Staff;

/// <summary>An employee's card from Tasking: the station's copy takes it if it is newer (an upsert by version, ADR 0059).</summary>
internal sealed class StaffCardHandler(IUnitOfWorkLocator unitOfWorks, IRepository<StationEmployee> staff)
    : IntegrationEventHandler<EmployeeCardChangedIntegrationEvent>(unitOfWorks)
{
    protected override async Task HandleAsync(EmployeeCardChangedIntegrationEvent card, CancellationToken cancellationToken)
    {
        var copy = await staff.GetByIdAsync(card.EmployeeId, cancellationToken);
        if (copy is null)
        {
            staff.Add(StationEmployee.From(card.EmployeeId, card.Version, card.Name, card.DismissedAtUtc)); // a duplicate key is retried as an update
        }
        else
        {
            copy.Apply(card.Version, card.Name, card.DismissedAtUtc);
        }
    }
}
