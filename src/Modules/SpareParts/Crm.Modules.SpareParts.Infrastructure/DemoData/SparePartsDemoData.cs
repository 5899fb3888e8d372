using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Domain.Warehouses;
using Crm.Modules.SpareParts.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.SpareParts.Infrastructure.DemoData;

/// <summary>Development only, on first start: the parts catalogue (<see cref="DemoCatalogue"/>) and the station's main warehouse (skipped when any warehouse exists).</summary>
internal static partial class SparePartsDemoData
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<SparePartsDbContext>();
        await DemoCatalogue.SeedAsync(services, db, cancellationToken); // the parts catalogue (its own check: no part yet)
        if (await db.Warehouses.AnyAsync(cancellationToken))
        {
            return;
        }

        var store = Warehouse.Open(new WarehouseId(Guid.NewGuid()), "Main store");
        db.Warehouses.Add(store);
        using (var unitOfWork = services.GetRequiredService<IUnitOfWorkLocator>().For(typeof(SparePartsDemoData)).Begin())
        {
            await unitOfWork.CommitAsync(cancellationToken);
        }

        await SeedStockAsync(services, db, store.Id, cancellationToken);
    }
}
