using Crm.Modules.Tasking.Domain.RefusalReasons;
using Crm.Modules.Tasking.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Tasking.Infrastructure.Persistence;

/// <summary>
/// The parts of a task added with redirects, refusal reasons, checklists and links. Kept apart from
/// <see cref="WorkTaskConfiguration"/> (EF applies both to the same entity) so each feature's mapping reads alone.
/// </summary>
internal sealed class WorkTaskFollowUpConfiguration : IEntityTypeConfiguration<WorkTask>
{
    public void Configure(EntityTypeBuilder<WorkTask> builder)
    {
        builder.Ignore(t => t.PendingProcessRequestId);
        builder.OwnsMany(t => t.Checklist, item =>
        {
            item.ToTable("TaskChecklistItems");
            item.WithOwner().HasForeignKey("TaskId");
            item.HasKey(i => i.Id);
            item.Property(i => i.Id).ValueGeneratedNever();
            item.Property(i => i.Text).IsRequired().HasMaxLength(ChecklistItem.TextMaxLength);
            item.Ignore(i => i.IsTicked);
        });
        builder.OwnsMany(t => t.Links, link =>
        {
            link.ToTable("TaskLinks");
            link.WithOwner().HasForeignKey("TaskId");
            link.HasKey(l => l.Id);
            link.Property(l => l.Id).ValueGeneratedNever();
            link.Property(l => l.Module).IsRequired().HasMaxLength(TaskLink.ModuleMaxLength);
            link.Property(l => l.Kind).IsRequired().HasMaxLength(TaskLink.KindMaxLength);
            link.Property(l => l.Label).IsRequired().HasMaxLength(TaskLink.LabelMaxLength);
            link.Property(l => l.Href).IsRequired().HasMaxLength(TaskLink.HrefMaxLength);
        });
    }
}

internal sealed class RefusalReasonConfiguration : IEntityTypeConfiguration<RefusalReason>
{
    public void Configure(EntityTypeBuilder<RefusalReason> builder)
    {
        builder.ToTable("RefusalReasons");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Name).IsRequired().HasMaxLength(RefusalReason.NameMaxLength);
        builder.Ignore(r => r.IsBuiltIn);
        builder.HasData(BuiltInRefusalReasons.All.Select(r => new { r.Id, r.Name, r.DemandsComment, IsArchived = false, Version = 0 }));
    }
}
