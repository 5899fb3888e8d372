using Crm.Modules.SpareParts.Domain.CustomerOrders;
using Crm.Modules.SpareParts.Domain.Receipts;
using Crm.Modules.SpareParts.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.SpareParts.Infrastructure.Persistence;

internal static class OwnedLines
{
    public static void Keyed<TOwner, TLine>(OwnedNavigationBuilder<TOwner, TLine> line, string table, string ownerKey)
        where TOwner : class
        where TLine : class
    {
        line.ToTable(table);
        line.WithOwner().HasForeignKey(ownerKey);
        line.HasKey("Id");
        line.Property<Guid>("Id").ValueGeneratedNever();
    }
}

internal sealed class CustomerOrderConfiguration : IEntityTypeConfiguration<CustomerOrder>
{
    public void Configure(EntityTypeBuilder<CustomerOrder> builder)
    {
        builder.ToTable("CustomerOrders");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(o => o.EarliestOpenDeadlineUtc);
        builder.Ignore(o => o.IsAllReserved);
        builder.Ignore(o => o.Total);
        builder.HasIndex(o => new { o.Status, o.WarehouseId });
        builder.OwnsMany(o => o.Lines, line =>
        {
            OwnedLines.Keyed(line, "CustomerOrderLines", "CustomerOrderId");
            line.Property(l => l.Unit).IsRequired().HasMaxLength(8);
            line.Property(l => l.Quantity).HasPrecision(QuantityColumns.Precision, QuantityColumns.Scale);
            line.Property(l => l.Reserved).HasPrecision(QuantityColumns.Precision, QuantityColumns.Scale);
            line.Property(l => l.Price).HasPrecision(12, 2);
            line.Ignore(l => l.Missing);
            line.Ignore(l => l.IsReserved);
            line.Ignore(l => l.Amount);
            line.HasIndex(l => new { l.PartId, l.Awaiting }); // a receipt finds the lines waiting for its parts
            // The robot's supply check (SupplyDeadlineCheckJob) reads the waiting lines whose deadline has passed, oldest
            // first: only waiting lines are indexed, by deadline, so the check reads the late ones and not the whole table.
            line.HasIndex(l => new { l.Awaiting, l.SupplyDeadlineUtc }); // the robot's supply check: waiting lines by deadline (no filter: one form for the three providers)
        });
        builder.Navigation(o => o.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class GoodsReceiptConfiguration : IEntityTypeConfiguration<GoodsReceipt>
{
    public void Configure(EntityTypeBuilder<GoodsReceipt> builder)
    {
        builder.ToTable("GoodsReceipts");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Supplier).IsRequired().HasMaxLength(GoodsReceipt.SupplierMaxLength);
        builder.OwnsMany(r => r.Lines, line =>
        {
            OwnedLines.Keyed(line, "GoodsReceiptLines", "GoodsReceiptId");
            line.Property(l => l.Quantity).HasPrecision(QuantityColumns.Precision, QuantityColumns.Scale);
        });
        builder.Navigation(r => r.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SaleConfiguration : IEntityTypeConfiguration<Sale>
{
    public void Configure(EntityTypeBuilder<Sale> builder)
    {
        builder.ToTable("Sales");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Ignore(s => s.Total);
        builder.HasIndex(s => s.CustomerOrderId);
        builder.OwnsMany(s => s.Lines, line =>
        {
            OwnedLines.Keyed(line, "SaleLines", "SaleId");
            line.Property(l => l.Unit).IsRequired().HasMaxLength(8);
            line.Property(l => l.Quantity).HasPrecision(QuantityColumns.Precision, QuantityColumns.Scale);
            line.Property(l => l.Returned).HasPrecision(QuantityColumns.Precision, QuantityColumns.Scale);
            line.Property(l => l.Price).HasPrecision(12, 2);
        });
        builder.OwnsMany(s => s.Returns, line =>
        {
            OwnedLines.Keyed(line, "SaleReturns", "SaleId");
            line.Property(l => l.Quantity).HasPrecision(QuantityColumns.Precision, QuantityColumns.Scale);
            line.Property(l => l.Reason).IsRequired().HasMaxLength(Domain.Sales.SaleReturn.ReasonMaxLength);
        });
        builder.Navigation(s => s.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.Returns).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
