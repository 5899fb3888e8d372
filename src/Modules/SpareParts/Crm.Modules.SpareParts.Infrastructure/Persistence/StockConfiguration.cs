using Crm.Modules.SpareParts.Domain.Stock;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.SpareParts.Infrastructure.Persistence;

/// <summary>Quantities: 3 decimals cover every unit (litres and kilograms to the gram); 15 digits in all.</summary>
internal static class QuantityColumns
{
    public const int Precision = 15;
    public const int Scale = 3;
}

internal sealed class StockLevelConfiguration : IEntityTypeConfiguration<StockLevel>
{
    public void Configure(EntityTypeBuilder<StockLevel> builder)
    {
        builder.ToTable("StockLevels");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.OnHand).HasPrecision(QuantityColumns.Precision, QuantityColumns.Scale);
        builder.Property(l => l.Reserved).HasPrecision(QuantityColumns.Precision, QuantityColumns.Scale);
        builder.Ignore(l => l.Available);
        builder.HasIndex(l => new { l.PartId, l.WarehouseId }).IsUnique(); // one level per part and warehouse: the row reserves race on
    }
}

internal sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> builder)
    {
        builder.ToTable("StockMovements");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Quantity).HasPrecision(QuantityColumns.Precision, QuantityColumns.Scale);
        builder.Property(m => m.OnHandAfter).HasPrecision(QuantityColumns.Precision, QuantityColumns.Scale);
        builder.Property(m => m.ReservedAfter).HasPrecision(QuantityColumns.Precision, QuantityColumns.Scale);
        builder.Property(m => m.DocumentType).HasMaxLength(StockMovement.DocumentTypeMaxLength);
        builder.Property(m => m.Key).IsRequired().HasMaxLength(StockMovement.KeyLength);
        builder.HasIndex(m => new { m.PartId, m.Key }); // a part's journal, newest first, a page at a time
    }
}
