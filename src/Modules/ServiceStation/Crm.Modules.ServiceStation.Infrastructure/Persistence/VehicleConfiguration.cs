using Crm.Modules.ServiceStation.Domain.Bays;
using Crm.Modules.ServiceStation.Domain.Vehicles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.ServiceStation.Infrastructure.Persistence;

internal sealed class VehicleConfiguration : IEntityTypeConfiguration<Vehicle>
{
    public void Configure(EntityTypeBuilder<Vehicle> builder)
    {
        builder.ToTable("Vehicles");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Vin).IsRequired().HasMaxLength(Vin.Length);
        builder.HasIndex(v => v.Vin).IsUnique(); // one car, one card, even when two people register it at once
        builder.Property(v => v.Plate).IsRequired().HasMaxLength(Vehicle.PlateMaxLength);
        builder.Property(v => v.Make).IsRequired().HasMaxLength(Vehicle.NameMaxLength);
        builder.Property(v => v.Model).IsRequired().HasMaxLength(Vehicle.NameMaxLength);
        builder.HasIndex(v => v.Plate);
        builder.HasIndex(v => new { v.OwnerClientId, v.Vin });
        builder.OwnsMany(v => v.Readings, reading =>
        {
            reading.ToTable("MileageReadings");
            reading.WithOwner().HasForeignKey("VehicleId");
            reading.HasKey(r => r.Id);
            reading.Property(r => r.Id).ValueGeneratedNever();
            reading.Property(r => r.Source).HasConversion<string>().HasMaxLength(16);
        });
    }
}

internal sealed class BayConfiguration : IEntityTypeConfiguration<Bay>
{
    public void Configure(EntityTypeBuilder<Bay> builder)
    {
        builder.ToTable("Bays");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Name).IsRequired().HasMaxLength(Bay.NameMaxLength);
        builder.HasIndex(b => b.Name).IsUnique();
    }
}
