using Crm.Modules.ServiceStation.Domain.Clients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.ServiceStation.Infrastructure.Persistence;

internal sealed class KnownClientConfiguration : IEntityTypeConfiguration<KnownClient>
{
    public void Configure(EntityTypeBuilder<KnownClient> builder)
    {
        builder.ToTable("StationClients"); // "Clients" is Sales' on SQLite, where tables share one namespace
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).IsRequired().HasMaxLength(KnownClient.NameMaxLength);
        builder.Property(c => c.Phone).HasMaxLength(KnownClient.PhoneMaxLength);
        builder.Property(c => c.PhoneE164).HasMaxLength(KnownClient.E164MaxLength);
        builder.Property(c => c.Email).HasMaxLength(KnownClient.EmailMaxLength);
        builder.Property(c => c.SortKey).IsRequired().HasMaxLength(KnownClient.SortKeyMaxLength);
        builder.HasIndex(c => c.PhoneE164); // every call is matched by it
        builder.HasIndex(c => c.SortKey);
    }
}
