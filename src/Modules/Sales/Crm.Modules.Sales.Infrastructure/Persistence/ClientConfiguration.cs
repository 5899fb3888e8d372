using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Sales.Infrastructure.Persistence;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.ToTable("Clients");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).IsRequired().HasMaxLength(Client.NameMaxLength);
        builder.Property(c => c.Email).HasMaxLength(Client.EmailMaxLength);
        builder.Property(c => c.Phone).HasMaxLength(Client.PhoneMaxLength);
        builder.Property(c => c.Telegram).HasMaxLength(Client.TelegramMaxLength);
        builder.Property(c => c.TimeZoneId).IsRequired().HasMaxLength(64);
        builder.Ignore(c => c.Contacts);
        builder.Ignore(c => c.HasPhone);
        builder.HasIndex(c => c.Email).IsUnique().HasFilter("\"Email\" IS NOT NULL"); // one client per e-mail; the filter: SQL Server would count NULLs as duplicates (ADR 0058)
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => c.Name);
        builder.OwnsMany(c => c.Tags, tags => Tags(tags, "ClientTags", "ClientId"));
        builder.OwnsMany(c => c.Comments, comment =>
        {
            comment.ToTable("ClientComments");
            comment.WithOwner().HasForeignKey("ClientId");
            comment.HasKey(x => x.Id);
            comment.Property(x => x.Id).ValueGeneratedNever();
            comment.Property(x => x.Text).IsRequired().HasMaxLength(Client.CommentMaxLength);
        });
        builder.OwnsMany(c => c.History, entry =>
        {
            entry.ToTable("ClientCommunications");
            entry.WithOwner().HasForeignKey("ClientId");
            entry.HasKey(x => x.Id);
            entry.Property(x => x.Id).ValueGeneratedNever();
            entry.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
            entry.Property(x => x.Text).IsRequired().HasMaxLength(ClientHistoryEntry.TextMaxLength);
            entry.Property(x => x.Source).HasMaxLength(200);
        });
    }

    /// <summary>Tags of clients and orders: one row per tag, keyed by owner and name.</summary>
    public static void Tags<TOwner>(OwnedNavigationBuilder<TOwner, Tag> tags, string table, string ownerKey)
        where TOwner : class
    {
        tags.ToTable(table);
        tags.WithOwner().HasForeignKey(ownerKey);
        tags.HasKey(ownerKey, nameof(Tag.Name));
        tags.Property(t => t.Name).HasMaxLength(Tag.MaxLength);
        tags.HasIndex(t => t.Name);
    }
}
