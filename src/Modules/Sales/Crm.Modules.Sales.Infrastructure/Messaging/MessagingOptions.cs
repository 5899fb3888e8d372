using Crm.BuildingBlocks.Infrastructure.Delivery;
using Crm.Modules.Sales.Domain.Messages;

namespace Crm.Modules.Sales.Infrastructure.Messaging;

/// <summary>Configuration <c>Sales:Messages</c>: which adapter serves each channel, and how delivery retries.</summary>
public sealed class MessagingOptions : DeliveryOptions
{
    public const string Section = "Sales:Messages";

    /// <summary>Run the sender on this node (safe on several replicas: rows are claimed with a lease).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Adapter per channel: "Folder" (default, needs no set-up) or, for Email, "Smtp".</summary>
    public Dictionary<MessageChannel, string> Adapters { get; set; } = [];

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public string AdapterFor(MessageChannel channel) => Adapters.GetValueOrDefault(channel) ?? FolderMessageAdapter.Name;
}

/// <summary>Hands one message to its channel (a folder, an SMTP server, an SMS gateway…); throws when it could not.</summary>
public interface IMessageAdapter
{
    string AdapterName { get; }

    Task SendAsync(ClientMessage message, CancellationToken cancellationToken);
}
