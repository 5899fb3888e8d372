using Crm.BuildingBlocks.Domain;
using Crm.Modules.Sales.Domain.Messages;
using Crm.Modules.Sales.Domain.Purchases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Sales.Infrastructure.Persistence;

internal sealed class PurchaseConfiguration : IEntityTypeConfiguration<Purchase>
{
    public void Configure(EntityTypeBuilder<Purchase> builder)
    {
        builder.ToTable("Purchases");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Offer).IsRequired().HasMaxLength(300);
        builder.Property(p => p.Price).HasPrecision(18, 2);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.RenewalStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.RenewalComment).HasMaxLength(Purchase.CommentMaxLength);
        builder.HasIndex(p => p.ClientId);
        builder.HasIndex(p => p.OrderId);
    }
}

internal sealed class ClientMessageConfiguration : IEntityTypeConfiguration<ClientMessage>
{
    public void Configure(EntityTypeBuilder<ClientMessage> builder)
    {
        builder.ToTable("ClientMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Recipient).IsRequired().HasMaxLength(254);
        builder.Property(m => m.Subject).HasMaxLength(ClientMessage.SubjectMaxLength);
        builder.Property(m => m.Body).IsRequired().HasMaxLength(ClientMessage.BodyMaxLength);
        builder.Property(m => m.LastError).HasMaxLength(RetryPolicy.ErrorMaxLength);
        builder.HasIndex(m => new { m.Status, m.NextAttemptAtUtc });
        builder.HasIndex(m => new { m.ClientId, m.CreatedAtUtc });
        builder.Property(m => m.AskedByModule).HasMaxLength(64);
        builder.Property(m => m.AboutType).HasMaxLength(64);
        builder.Property(m => m.AboutId).HasMaxLength(100);
        builder.HasIndex(m => m.RequestId).IsUnique().HasFilter("\"RequestId\" IS NOT NULL"); // one message per request from another module (ADR 0078); the filter: SQL Server would count NULLs as duplicates
    }
}

internal sealed class MessageReplyConfiguration : IEntityTypeConfiguration<MessageReply>
{
    public void Configure(EntityTypeBuilder<MessageReply> builder)
    {
        builder.ToTable("MessageReplies");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Text).IsRequired().HasMaxLength(MessageReply.TextMaxLength);
        builder.HasIndex(r => r.MessageId);
    }
}

internal sealed class SalesSequenceConfiguration : IEntityTypeConfiguration<SalesSequence>
{
    public void Configure(EntityTypeBuilder<SalesSequence> builder)
    {
        builder.ToTable("SalesSequences");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(64);
        builder.HasData(new SalesSequence { Name = SalesSequence.ClientNumber, Value = 0 }, new SalesSequence { Name = SalesSequence.OrderNumber, Value = 1000 });
    }
}
