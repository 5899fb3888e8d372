using Crm.Modules.Sales.Domain.CardTasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Sales.Infrastructure.Persistence;

/// <summary>Sales' copy of the tasks about its clients and orders, for their cards.</summary>
internal sealed class CardTaskConfiguration : IEntityTypeConfiguration<CardTask>
{
    public void Configure(EntityTypeBuilder<CardTask> builder)
    {
        builder.ToTable("SalesCardTasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Title).IsRequired().HasMaxLength(CardTask.TitleMaxLength);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(t => new { t.ClientId, t.Status });
        builder.HasIndex(t => t.OrderId);
    }
}
