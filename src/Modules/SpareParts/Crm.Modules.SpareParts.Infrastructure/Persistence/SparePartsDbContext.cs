using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.SpareParts.Domain.Carts;
using Crm.Modules.SpareParts.Domain.Parts;
using Crm.Modules.SpareParts.Domain.Warehouses;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SpareParts.Infrastructure.Persistence;

/// <summary>The Spare Parts module's own database: schema "spare_parts" on PostgreSQL, uniquely named tables on SQLite.</summary>
public sealed class SparePartsDbContext(DbContextOptions<SparePartsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "spare_parts";

    public override string Schema => SchemaName;

    public DbSet<Warehouse> Warehouses => Set<Warehouse>();

    public DbSet<Part> Parts => Set<Part>();

    public DbSet<Cart> Carts => Set<Cart>();

    public DbSet<Domain.Stock.StockLevel> StockLevels => Set<Domain.Stock.StockLevel>();

    public DbSet<Domain.Stock.StockMovement> StockMovements => Set<Domain.Stock.StockMovement>();

    public DbSet<Domain.Receipts.GoodsReceipt> GoodsReceipts => Set<Domain.Receipts.GoodsReceipt>();

    public DbSet<Domain.CustomerOrders.CustomerOrder> CustomerOrders => Set<Domain.CustomerOrders.CustomerOrder>();

    public DbSet<Domain.Sales.Sale> Sales => Set<Domain.Sales.Sale>();

    public DbSet<Domain.CustomerOrders.SupplyDeadlineMiss> SupplyDeadlineMisses => Set<Domain.CustomerOrders.SupplyDeadlineMiss>();
}
