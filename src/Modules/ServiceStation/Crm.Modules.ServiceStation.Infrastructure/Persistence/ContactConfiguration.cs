using Crm.Modules.ServiceStation.Domain.Contacts;
using Crm.Modules.ServiceStation.Domain.Telephony;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.ServiceStation.Infrastructure.Persistence;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("StationContacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Result).HasConversion<string>().HasMaxLength(48);
        builder.Property(c => c.Phone).HasMaxLength(Contact.PhoneMaxLength);
        builder.Property(c => c.PhoneE164).HasMaxLength(Contact.PhoneMaxLength);
        builder.Property(c => c.Address).HasMaxLength(Contact.AddressMaxLength);
        builder.Property(c => c.ClientsWords).HasMaxLength(Contact.TextMaxLength);
        builder.Property(c => c.WorksNeeded).HasMaxLength(Contact.TextMaxLength);
        builder.Property(c => c.ResultReason).HasMaxLength(Contact.ReasonMaxLength);
        builder.Property(c => c.SortKey).IsRequired().HasMaxLength(64);
        builder.Ignore(c => c.IsOpen);
        builder.Ignore(c => c.IsIdentified);
        builder.Ignore(c => c.MissedCalls);
        builder.Ignore(c => c.LostReason);
        builder.HasIndex(c => c.SortKey).IsUnique();
        builder.HasIndex(c => new { c.ClientId, c.Result }); // a client's open contact, on every new contact
        builder.HasIndex(c => new { c.PhoneE164, c.Result }); // an unknown caller's open contact
        builder.HasIndex(c => c.AwaitingClientId);
        builder.OwnsOne(c => c.WebForm, form =>
        {
            form.Property(f => f.Name).HasColumnName("WebFormName").HasMaxLength(Contact.NameMaxLength);
            form.Property(f => f.Car).HasColumnName("WebFormCar").HasMaxLength(Contact.NameMaxLength);
        });
        builder.Navigation(c => c.WebForm).IsRequired(false);
        builder.OwnsMany(c => c.Calls, call =>
        {
            call.ToTable("StationContactCalls");
            call.WithOwner().HasForeignKey("ContactId");
            call.HasKey(x => x.CallId); // one call, one contact: the same call id twice is one contact
            call.Property(x => x.CallId).HasMaxLength(Contact.CallIdMaxLength);
            call.Property(x => x.CalledLine).HasMaxLength(Contact.PhoneMaxLength);
            call.Property(x => x.LostReason).HasMaxLength(Contact.ReasonMaxLength);
        });
        builder.Navigation(c => c.Calls).HasField("_calls").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class TelephonyDeliveryConfiguration : IEntityTypeConfiguration<TelephonyDelivery>
{
    public void Configure(EntityTypeBuilder<TelephonyDelivery> builder)
    {
        builder.ToTable("StationTelephonyDeliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasIndex(d => d.ReceivedAtUtc);
    }
}
