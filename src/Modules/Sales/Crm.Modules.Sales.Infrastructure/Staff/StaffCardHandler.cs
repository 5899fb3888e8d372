using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Sales.Infrastructure.Persistence;
using Crm.Modules.Tasking.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.Infrastructure.Staff;

/// <summary>An employee's card from Tasking: Sales' copy takes it if it is newer (an upsert by version, ADR 0059).</summary>
internal sealed class StaffCardHandler(IUnitOfWorkLocator unitOfWorks, SalesDbContext db)
    : IntegrationEventHandler<EmployeeCardChangedIntegrationEvent>(unitOfWorks)
{
    protected override async Task HandleAsync(EmployeeCardChangedIntegrationEvent card, CancellationToken cancellationToken)
    {
        var copy = await db.Staff.FindAsync([card.EmployeeId], cancellationToken);
        if (copy is null)
        {
            db.Staff.Add(new StaffCopy(card.EmployeeId, card.Version, Trimmed(card.Name), card.DismissedAtUtc)); // a duplicate key is retried as an update
        }
        else
        {
            copy.Apply(card.Version, Trimmed(card.Name), card.DismissedAtUtc);
        }
    }

    private static string Trimmed(string name) => name.Length > StaffCopy.NameMaxLength ? name[..StaffCopy.NameMaxLength] : name;
}

/// <summary>Names of employees from Sales' copy of the staff, in one query.</summary>
internal sealed class SalesStaffNames(SalesDbContext db) : Application.CardTasks.IStaffNames
{
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Staff.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
}
