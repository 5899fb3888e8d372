using Crm.Modules.Tasking.Domain.Subjects;
using Crm.Modules.Tasking.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Tasking.Infrastructure.Persistence;

/// <summary>The subject directory: one row per object other modules told Tasking about.</summary>
internal sealed class SubjectEntryConfiguration : IEntityTypeConfiguration<SubjectEntry>
{
    public void Configure(EntityTypeBuilder<SubjectEntry> builder)
    {
        builder.ToTable("TaskSubjects");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Type).IsRequired().HasMaxLength(Subject.TypeMaxLength);
        builder.Property(s => s.ObjectId).IsRequired().HasMaxLength(Subject.IdMaxLength);
        builder.Property(s => s.DisplayName).IsRequired().HasMaxLength(SubjectEntry.NameMaxLength);
        builder.HasIndex(s => new { s.Type, s.ObjectId }).IsUnique();
        builder.OwnsOne(s => s.Owner, owner =>
        {
            owner.Property(o => o.Type).HasColumnName("OwnerType").HasMaxLength(Subject.TypeMaxLength);
            owner.Property(o => o.Id).HasColumnName("OwnerId").HasMaxLength(Subject.IdMaxLength);
            owner.HasIndex(o => new { o.Type, o.Id }); // "the orders of client X"
        });
    }
}
