using Crm.Modules.SpareParts.Domain.CustomerOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.SpareParts.Infrastructure.Persistence;

/// <summary>One miss per line and deadline: the unique key makes two replicas' checks report it once (ADR 0082).</summary>
internal sealed class SupplyDeadlineMissConfiguration : IEntityTypeConfiguration<SupplyDeadlineMiss>
{
    public void Configure(EntityTypeBuilder<SupplyDeadlineMiss> builder)
    {
        builder.ToTable("SupplyDeadlineMisses");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasIndex(m => new { m.LineId, m.DeadlineUtc }).IsUnique();
        builder.HasIndex(m => m.OrderId);
    }
}
