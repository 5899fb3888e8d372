using Crm.Modules.Quality.Domain.Common;
using Crm.Modules.Quality.Domain.Violations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Quality.Infrastructure.Persistence;

internal sealed class ViolationConfiguration : IEntityTypeConfiguration<Violation>
{
    public void Configure(EntityTypeBuilder<Violation> builder)
    {
        builder.ToTable("QualityViolations"); // tables share one namespace on SQLite
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Description).IsRequired().HasMaxLength(Violation.DescriptionMaxLength);
        builder.Property(v => v.Explanation).HasMaxLength(Violation.ExplanationMaxLength);
        builder.Property(v => v.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.SortKey).IsRequired().HasMaxLength(SortKeys.Length);
        builder.HasIndex(v => v.SortKey).IsUnique();
        builder.HasIndex(v => new { v.EmployeeId, v.SortKey }); // an employee's own list
        builder.HasIndex(v => v.ComplaintId);
    }
}
