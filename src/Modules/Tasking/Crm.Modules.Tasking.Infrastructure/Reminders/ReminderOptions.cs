using Crm.BuildingBlocks.Infrastructure.Delivery;
using Crm.Modules.Tasking.Domain.Reminders;

namespace Crm.Modules.Tasking.Infrastructure.Reminders;

/// <summary>
/// Configuration <c>Tasking:Reminders</c>: which adapter serves each channel and how delivery retries. The job runs
/// with the other task jobs (<c>Tasking:Jobs:Enabled</c>, <c>Tasking:Jobs:PollInterval</c>).
/// </summary>
public sealed class ReminderOptions : DeliveryOptions
{
    public const string Section = "Tasking:Reminders";

    public ReminderOptions() => Folder = "data/reminders";

    /// <summary>Adapter per channel: "Folder" (default, needs no set-up), "Smtp" for Email, "Telegram" for Telegram.</summary>
    public Dictionary<ReminderChannel, string> Adapters { get; set; } = [];

    public TelegramOptions Telegram { get; set; } = new();

    public string AdapterFor(ReminderChannel channel) => Adapters.GetValueOrDefault(channel) ?? FolderDelivery.AdapterName;
}

/// <summary>Hands one reminder to its channel; throws when it could not.</summary>
public interface IReminderAdapter
{
    string AdapterName { get; }

    Task SendAsync(OutgoingMessage message, ReminderOptions options, CancellationToken cancellationToken);
}
