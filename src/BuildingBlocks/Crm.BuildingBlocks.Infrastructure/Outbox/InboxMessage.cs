using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.BuildingBlocks.Infrastructure.Outbox;

/// <summary>Proof that a handler of the receiving module has handled an event: its key makes a second run impossible.</summary>
public sealed class InboxMessage
{
    private InboxMessage()
    {
        Handler = string.Empty;
    }

    public InboxMessage(Guid eventId, string handler, DateTime handledAtUtc)
    {
        EventId = eventId;
        Handler = handler;
        HandledAtUtc = handledAtUtc;
    }

    public Guid EventId { get; private set; }

    public string Handler { get; private set; }

    public DateTime HandledAtUtc { get; private set; }
}

internal sealed class InboxMessageConfiguration(string table) : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable(table);
        builder.HasKey(m => new { m.EventId, m.Handler });
        builder.Property(m => m.Handler).HasMaxLength(300);
    }
}
