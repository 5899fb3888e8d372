using System.Net.Http.Json;

namespace Crm.BuildingBlocks.Infrastructure.Delivery;

/// <summary>Where a Telegram bot sends from: the Bot API's address (overridable for tests and proxies) and the bot's token.</summary>
public sealed class TelegramOptions
{
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    public string? BotToken { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>A message to a Telegram chat through the Bot API's sendMessage; the recipient is the chat id.</summary>
public static class TelegramDelivery
{
    public const string AdapterName = "Telegram";

    private static readonly HttpClient Http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public static async Task SendAsync(TelegramOptions telegram, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var token = telegram.BotToken ?? throw new InvalidOperationException("No Telegram bot token is configured.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(telegram.Timeout);
        var text = message.Subject is null ? message.Body : $"{message.Subject}\n\n{message.Body}";
        using var response = await Http.PostAsJsonAsync(
            $"{telegram.ApiBaseUrl.TrimEnd('/')}/bot{token}/sendMessage", new { chat_id = message.Recipient, text }, timeout.Token);
        response.EnsureSuccessStatusCode();
    }
}
