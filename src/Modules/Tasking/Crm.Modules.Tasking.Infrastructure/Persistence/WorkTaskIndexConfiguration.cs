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

    /// <summary>Free tasks: nobody holds them yet. The bar counts those the reader may see.</summary>
    public const string FreeFilter = "\"AssigneeId\" IS NULL AND \"Status\" = 'New'";

    public void Configure(EntityTypeBuilder<WorkTask> builder)
    {
        builder.HasIndex(t => t.Number, "IX_Tasks_Inbox").HasFilter(InboxFilter);
        builder.HasIndex(t => new { t.Priority, t.Number }, "IX_Tasks_InboxByPriority").HasFilter(InboxFilter);
        builder.HasIndex(t => t.CreatedAtUtc); // statistics read a period of creation
        builder.OwnsOne(t => t.Process, process => process.HasIndex(p => p.DefinitionId)); // lists and statistics of one process

        // "Tasks with no manager" on the bar: one small index per arm of the visibility rule, so the database can
        // OR them (addressed to me, my positions, department or processes; or created by me) instead of reading
        // every free task.
        builder.OwnsOne(t => t.Addressee, addressee => addressee.HasIndex(a => a.Id, "IX_Tasks_FreeByAddressee").HasFilter(FreeFilter));
        builder.HasIndex(t => t.CreatedBy, "IX_Tasks_FreeByCreator").HasFilter(FreeFilter);
    }
}
