using Crm.Modules.ServiceStation.Domain.Bookings;
using Crm.Modules.ServiceStation.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.ServiceStation.Infrastructure.Persistence;

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> builder)
    {
        builder.ToTable("Bookings");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.Reason).HasMaxLength(Booking.ReasonMaxLength);
        builder.Property(b => b.PartsLate).HasDefaultValue(false); // the column added to existing bookings (ADR 0085)
        builder.HasIndex(b => new { b.StartsAtUtc, b.BayId }); // the day's schedule and the overlap check read a range of starts
        builder.HasIndex(b => b.ContactId);
        builder.HasIndex(b => b.VehicleId);
        builder.OwnsMany(b => b.PlannedWorks, work => LineColumns.Work(work, "BookingWorks", "BookingId"));
        builder.OwnsMany(b => b.PlannedParts, part => LineColumns.Part(part, "BookingParts", "BookingId"));
        builder.OwnsMany(b => b.Slots, slot =>
        {
            LineColumns.Keyed(slot, "BookingSlots", "BookingId");
            // The bay holds one car at a time: two bookings can never hold the same quarter of a bay (ADR 0071).
            slot.HasIndex(s => new { s.BayId, s.StartsAtUtc }).IsUnique();
        });
    }
}

internal sealed class WorkOrderConfiguration : IEntityTypeConfiguration<WorkOrder>
{
    public void Configure(EntityTypeBuilder<WorkOrder> builder)
    {
        builder.ToTable("WorkOrders");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(o => o.Total);
        builder.HasIndex(o => o.BookingId).IsUnique().HasFilter("\"BookingId\" IS NOT NULL"); // a booked car is accepted once
        builder.HasIndex(o => new { o.VehicleId, o.Status });
        builder.HasIndex(o => o.ContactId);
        builder.OwnsMany(o => o.Works, work =>
        {
            LineColumns.Work(work, "WorkOrderWorks", "WorkOrderId");
            work.Property(w => w.Status).HasConversion<string>().HasMaxLength(16);
            work.Ignore(w => w.IsSettled);
        });
        builder.OwnsMany(o => o.Parts, part =>
        {
            LineColumns.Part(part, "WorkOrderParts", "WorkOrderId");
            part.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        });
        builder.OwnsMany(o => o.Recommendations, recommendation =>
        {
            LineColumns.Keyed(recommendation, "Recommendations", "WorkOrderId");
            recommendation.Property(r => r.WorkName).IsRequired().HasMaxLength(Domain.Common.Lines.NameMaxLength);
            recommendation.Property(r => r.NormHours).HasPrecision(8, 2);
            recommendation.Property(r => r.Price).HasPrecision(18, 2);
        });
    }
}
