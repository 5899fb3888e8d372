using Crm.Modules.ServiceStation.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.ServiceStation.Infrastructure.Persistence;

internal sealed class StationEmployeeConfiguration : IEntityTypeConfiguration<StationEmployee>
{
    public void Configure(EntityTypeBuilder<StationEmployee> builder)
    {
        builder.ToTable("StationStaff"); // "Employees" is Tasking's on SQLite, where tables share one namespace
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Name).IsRequired().HasMaxLength(StationEmployee.NameMaxLength);
        builder.Ignore(e => e.Dismissed);
    }
}
