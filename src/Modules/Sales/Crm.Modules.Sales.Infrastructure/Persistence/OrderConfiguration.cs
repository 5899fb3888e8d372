using Crm.Modules.Sales.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Sales.Infrastructure.Persistence;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("Orders");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.CancellationReason).HasMaxLength(Order.ReasonMaxLength);
        builder.Property(o => o.Total).HasPrecision(18, 2);
        builder.Property(o => o.PaidAmount).HasPrecision(18, 2);
        builder.Ignore(o => o.Due);
        builder.Ignore(o => o.IsPartiallyPaid);
        builder.HasIndex(o => o.Number).IsUnique();
        builder.HasIndex(o => new { o.Status, o.Number });
        builder.HasIndex(o => new { o.ClientId, o.Number });
        builder.HasIndex(o => new { o.ManagerId, o.Number });
        builder.OwnsMany(o => o.Tags, tags => ClientConfiguration.Tags(tags, "OrderTags", "OrderId"));
        builder.OwnsMany(o => o.Positions, position =>
        {
            position.ToTable("OrderPositions");
            position.WithOwner().HasForeignKey("OrderId");
            position.HasKey(p => p.Id);
            position.Property(p => p.Id).ValueGeneratedNever();
            position.Property(p => p.Offer).IsRequired().HasMaxLength(OrderPosition.OfferMaxLength);
            position.Property(p => p.Price).HasPrecision(18, 2);
            position.Ignore(p => p.Amount);
        });
        builder.OwnsMany(o => o.Payments, payment =>
        {
            payment.ToTable("OrderPayments");
            payment.WithOwner().HasForeignKey("OrderId");
            payment.HasKey(p => p.Id);
            payment.Property(p => p.Id).ValueGeneratedNever();
            payment.Property(p => p.Amount).HasPrecision(18, 2);
            payment.Property(p => p.Method).HasConversion<string>().HasMaxLength(16);
            payment.Property(p => p.ProviderPaymentId).HasMaxLength(100);
            payment.HasIndex(p => p.ProviderPaymentId).IsUnique().HasFilter("\"ProviderPaymentId\" IS NOT NULL"); // a provider payment is recorded once, even under a race
            payment.HasIndex(p => p.PaymentLinkId).IsUnique().HasFilter("\"PaymentLinkId\" IS NOT NULL");
        });
        builder.OwnsMany(o => o.History, entry =>
        {
            entry.ToTable("OrderHistory");
            entry.WithOwner().HasForeignKey("OrderId");
            entry.HasKey(h => h.Id);
            entry.Property(h => h.Id).ValueGeneratedNever();
            entry.Property(h => h.Kind).HasConversion<string>().HasMaxLength(32);
            entry.Property(h => h.Text).IsRequired().HasMaxLength(OrderHistoryEntry.TextMaxLength);
        });
    }
}
