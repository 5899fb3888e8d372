using Crm.Modules.Tasking.Domain.SavedFilters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Tasking.Infrastructure.Persistence;

internal sealed class SavedFilterConfiguration : IEntityTypeConfiguration<SavedFilter>
{
    public void Configure(EntityTypeBuilder<SavedFilter> builder)
    {
        builder.ToTable("TaskSavedFilters");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Name).IsRequired().HasMaxLength(SavedFilter.NameMaxLength);
        builder.Property(f => f.Criteria).IsRequired().HasMaxLength(SavedFilter.CriteriaMaxLength);
        // Also the safety net behind the handler's "name taken?" check when two saves race.
        builder.HasIndex(f => new { f.OwnerId, f.Name }).IsUnique();
    }
}
