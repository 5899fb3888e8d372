using Crm.Modules.ServiceStation.Domain.Common;
using Crm.Modules.ServiceStation.Domain.Maintenance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.ServiceStation.Infrastructure.Persistence;

internal sealed class MaintenanceRuleConfiguration : IEntityTypeConfiguration<MaintenanceRule>
{
    public void Configure(EntityTypeBuilder<MaintenanceRule> builder)
    {
        builder.ToTable("MaintenanceRules");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.WorksItem).IsRequired().HasMaxLength(Lines.NameMaxLength);
        builder.Property(r => r.Make).HasMaxLength(MaintenanceRule.MakeMaxLength);
        builder.Property(r => r.SortKey).IsRequired().HasMaxLength(64);
        builder.HasIndex(r => r.SortKey).IsUnique();
        builder.HasIndex(r => r.NextCheckAtUtc); // the check's claim looks for due rules
    }
}

internal sealed class MaintenanceDueConfiguration : IEntityTypeConfiguration<MaintenanceDue>
{
    public void Configure(EntityTypeBuilder<MaintenanceDue> builder)
    {
        builder.ToTable("MaintenanceDues");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Cycle).IsRequired().HasMaxLength(MaintenanceBasis.CycleMaxLength);
        builder.Property(d => d.WorksItem).IsRequired().HasMaxLength(Lines.NameMaxLength);
        builder.Property(d => d.Reason).HasConversion<string>().HasMaxLength(16);
        // Once per rule, vehicle and cycle: two replicas (or two runs) that find the same due save it once (ADR 0077).
        builder.HasIndex(d => new { d.RuleId, d.VehicleId, d.Cycle }).IsUnique();
    }
}
