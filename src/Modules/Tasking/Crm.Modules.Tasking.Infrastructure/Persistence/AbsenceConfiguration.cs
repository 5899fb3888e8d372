using Crm.Modules.Tasking.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Tasking.Infrastructure.Persistence;

/// <summary>An employee's absences: part of the employee, in a table of their own.</summary>
internal sealed class EmployeeAbsencesConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> builder) =>
        builder.OwnsMany(e => e.Absences, absence =>
        {
            absence.ToTable("EmployeeAbsences");
            absence.WithOwner().HasForeignKey("EmployeeId");
            absence.HasKey(a => a.Id);
            absence.Property(a => a.Id).ValueGeneratedNever();
            absence.HasIndex(a => new { a.DeputyId, a.UntilUtc }); // "whom do I stand in for now", once per request
        });
}
