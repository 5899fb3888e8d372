using Crm.Modules.Sales.Domain.Messages;

namespace Crm.Modules.Sales.Infrastructure.Messaging;

/// <summary>Configuration <c>Sales:Messages</c>: which adapter serves each channel, and how delivery retries.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Sales:Messages";

    /// <summary>Run the sender on this node (safe on several replicas: rows are claimed with a lease).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where the Folder adapter writes messages, relative to the content root.</summary>
    public string Folder { get; set; } = "data/messages";

    /// <summary>Adapter per channel: "Folder" (default, needs no set-up) or, for Email, "Smtp".</summary>
    public Dictionary<MessageChannel, string> Adapters { get; set; } = [];

    public SmtpOptions Smtp { get; set; } = new();

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int BatchSize { get; set; } = 20;

    public int MaxAttempts { get; set; } = 6;

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    public string AdapterFor(MessageChannel channel) => Adapters.GetValueOrDefault(channel) ?? FolderMessageAdapter.Name;
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    public bool EnableSsl { get; set; }

    public string From { get; set; } = "crm@localhost";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>Hands one message to its channel (a folder, an SMTP server, an SMS gateway…); throws when it could not.</summary>
public interface IMessageAdapter
{
    string AdapterName { get; }

    Task SendAsync(ClientMessage message, CancellationToken cancellationToken);
}
