using Crm.Modules.ServiceStation.Domain.Common;
using Crm.Modules.ServiceStation.Domain.Estimates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.ServiceStation.Infrastructure.Persistence;

internal sealed class EstimateConfiguration : IEntityTypeConfiguration<Estimate>
{
    public void Configure(EntityTypeBuilder<Estimate> builder)
    {
        builder.ToTable("Estimates");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Total).HasPrecision(18, 2);
        builder.HasIndex(e => e.ContactId);
        builder.HasIndex(e => e.VehicleId);
        builder.OwnsMany(e => e.Works, work => LineColumns.Work(work, "EstimateWorks", "EstimateId"));
        builder.OwnsMany(e => e.Parts, part => LineColumns.Part(part, "EstimateParts", "EstimateId"));
    }
}

/// <summary>The columns every works and parts line has, wherever it is kept (estimates, bookings, work orders).</summary>
internal static class LineColumns
{
    public static void Work<TOwner, TLine>(OwnedNavigationBuilder<TOwner, TLine> line, string table, string ownerKey)
        where TOwner : class
        where TLine : class
    {
        Keyed(line, table, ownerKey);
        line.Property<string>("Name").IsRequired().HasMaxLength(Lines.NameMaxLength);
        line.Property<decimal>("NormHours").HasPrecision(8, 2);
        line.Property<decimal>("Price").HasPrecision(18, 2);
    }

    public static void Part<TOwner, TLine>(OwnedNavigationBuilder<TOwner, TLine> line, string table, string ownerKey)
        where TOwner : class
        where TLine : class
    {
        Keyed(line, table, ownerKey);
        line.Property<string?>("Text").HasMaxLength(Lines.NameMaxLength);
        line.Property<string?>("PartReference").HasMaxLength(Lines.ReferenceMaxLength);
        line.Property<decimal>("Quantity").HasPrecision(12, 3);
        line.Property<decimal>("Price").HasPrecision(18, 2);
        line.Ignore("Amount");
    }

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
