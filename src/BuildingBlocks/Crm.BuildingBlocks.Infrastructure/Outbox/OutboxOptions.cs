using Crm.BuildingBlocks.Domain;

namespace Crm.BuildingBlocks.Infrastructure.Outbox;

/// <summary>The <c>Outbox</c> configuration section.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Whether this node runs dispatchers. Every node may: claiming rows is safe on many replicas.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How often a dispatcher looks without being woken. Commits on this node wake it at once, so this only bounds
    /// how late an event committed on another replica (or a retry falling due) is picked up; 10 s keeps an idle
    /// host under one query per second (docs/performance.md).
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    public int BatchSize { get; set; } = 200;

    /// <summary>
    /// How many events (of different partitions) are delivered in one transaction of each receiving module
    /// (ADR 0041); 1 delivers each event on its own.
    /// </summary>
    public int DeliveriesPerTransaction { get; set; } = 25;

    /// <summary>
    /// How many of those transactions run side by side; events of one partition (aggregate) always go one after
    /// another, in order.
    /// </summary>
    public int MaxParallelDeliveries { get; set; } = 4;

    public OutboxRetryPolicy Retry { get; set; } = new();
}

/// <summary>Exponential back-off: 2 s, 4 s, 8 s… capped, then the event is marked failed and kept.</summary>
public sealed class OutboxRetryPolicy
{
    public int MaxAttempts { get; set; } = 8;

    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The settings as the building blocks' one back-off rule (shared with client messages and reminders).</summary>
    public RetryPolicy AsPolicy() => new(MaxAttempts, FirstDelay, MaxDelay);
}
