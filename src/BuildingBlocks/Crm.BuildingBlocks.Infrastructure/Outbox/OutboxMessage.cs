using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// An integration event waiting to be delivered, written in the same transaction as the change it describes.
/// A failed delivery is retried with back-off; after the last try the row stays, marked failed, for people to see.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
        Type = Payload = string.Empty;
    }

    /// <param name="dueAtUtc">When it may be delivered first (default: when it occurred).</param>
    public OutboxMessage(Guid id, string type, string payload, DateTime occurredAtUtc, Guid? partitionKey = null, DateTime? dueAtUtc = null)
    {
        Id = id;
        Type = type;
        Payload = payload;
        OccurredAtUtc = occurredAtUtc;
        NextAttemptAtUtc = dueAtUtc ?? occurredAtUtc;
        PartitionKey = partitionKey;
    }

    public Guid Id { get; private set; }

    /// <summary>"Namespace.TypeName, AssemblyName" of the event.</summary>
    public string Type { get; private set; }

    public string Payload { get; private set; }

    public DateTime OccurredAtUtc { get; private set; }

    /// <summary>
    /// The aggregate the event comes from (its id), or null for an event no aggregate raised. Events of one
    /// partition are delivered one after another in order; different partitions are delivered side by side.
    /// </summary>
    public Guid? PartitionKey { get; private set; }

    public int Attempts { get; private set; }

    public DateTime NextAttemptAtUtc { get; private set; }

    public DateTime? ProcessedAtUtc { get; private set; }

    /// <summary>Set when the last try failed: the event is kept, never dropped, and can be retried by hand.</summary>
    public DateTime? FailedAtUtc { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>A dispatcher's lease: while it lies in the future no other dispatcher (on any replica) takes the row.</summary>
    public DateTime? LockedUntilUtc { get; private set; }

    public void MarkAttemptFailed(string error, DateTime nowUtc, OutboxRetryPolicy settings)
    {
        var policy = settings.AsPolicy();
        Attempts++;
        LockedUntilUtc = null;
        LastError = error.Length > 4000 ? error[..4000] : error;
        if (policy.GivesUpAfter(Attempts))
        {
            FailedAtUtc = nowUtc;
        }
        else
        {
            NextAttemptAtUtc = nowUtc + policy.DelayAfter(Attempts);
        }
    }

    public void Retry(DateTime nowUtc)
    {
        FailedAtUtc = null;
        Attempts = 0;
        NextAttemptAtUtc = nowUtc;
    }
}

internal sealed class OutboxMessageConfiguration(string table) : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable(table);
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Type).IsRequired().HasMaxLength(500);
        builder.Property(m => m.Payload).IsRequired();
        builder.Property(m => m.LastError).HasMaxLength(4000);
        builder.HasIndex(m => new { m.ProcessedAtUtc, m.NextAttemptAtUtc });
    }
}
