using Crm.Modules.Tasking.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Tasking.Infrastructure.Persistence;

/// <summary>
/// Indexes the 1,000,000-task benchmark called for (docs/performance.md, ADR 0034). The inbox ones are partial: only
/// tasks that can show in an inbox, so a page walks a small index in order instead of the whole table's numbers.
/// The filter is plain SQL both providers read the same way.
/// </summary>
internal sealed class WorkTaskIndexConfiguration : IEntityTypeConfiguration<WorkTask>
{
    public const string InboxFilter = "\"Status\" IN ('New', 'InProgress') AND \"AddresseeKind\" = 'ProcessExecutors' AND NOT \"HiddenFromInbox\"";

    public void Configure(EntityTypeBuilder<WorkTask> builder)
    {
        builder.HasIndex(t => t.Number, "IX_Tasks_Inbox").HasFilter(InboxFilter);
        builder.HasIndex(t => new { t.Priority, t.Number }, "IX_Tasks_InboxByPriority").HasFilter(InboxFilter);
        builder.HasIndex(t => t.CreatedAtUtc); // statistics read a period of creation
    }
}
