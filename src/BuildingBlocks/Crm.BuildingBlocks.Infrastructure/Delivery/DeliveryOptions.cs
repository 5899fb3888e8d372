using Crm.BuildingBlocks.Domain;

namespace Crm.BuildingBlocks.Infrastructure.Delivery;

/// <summary>
/// What every outbox of outgoing messages is configured with (Sales' client messages, Tasking's reminders):
/// the folder of the set-up-free channel, the SMTP server, batch size and retries.
/// </summary>
public abstract class DeliveryOptions
{
    /// <summary>Where the Folder adapter writes messages, relative to the content root.</summary>
    public string Folder { get; set; } = "data/messages";

    public SmtpOptions Smtp { get; set; } = new();

    public int BatchSize { get; set; } = 20;

    public int MaxAttempts { get; set; } = 6;

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    public RetryPolicy Retries => new(MaxAttempts, FirstRetryDelay, MaxRetryDelay);
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

/// <summary>One message as a channel sees it; <paramref name="Channel"/> names the folder it lands in.</summary>
public sealed record OutgoingMessage(Guid Id, string Channel, string Recipient, string? Subject, string Body, DateTime CreatedAtUtc);
