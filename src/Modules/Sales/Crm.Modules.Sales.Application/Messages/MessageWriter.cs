using System.Globalization;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Sales.Application.Clients;
using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Messages;
using Crm.Modules.Sales.Domain.Orders;

namespace Crm.Modules.Sales.Application.Messages;

/// <summary>
/// Writes a message to a client into the delivery outbox (the ClientMessages table) and notes it in the client's
/// communication history. Templates use {client.name}, {client.email}, {client.phone}, {order.number},
/// {order.total}, {order.paid-amount}, {order.due}, {order.status}.
/// </summary>
public sealed class MessageWriter(IRepository<ClientMessage> messages, ClientLookup clients, TimeProvider clock)
{
    public async Task<ClientMessage> WriteAsync(
        ClientId clientId, Order? order, MessageChannel? chosen, string? subject, string body, Guid? by, CancellationToken cancellationToken)
    {
        var client = await clients.GetAsync(clientId.Value, forUpdate: true, cancellationToken);
        var channel = chosen ?? FirstReachable(client);
        var recipient = channel switch
        {
            MessageChannel.Email => client.Email,
            MessageChannel.Sms => client.Phone,
            _ => client.Telegram,
        };
        var now = clock.GetUtcNow().UtcDateTime;
        var message = ClientMessage.Write(client.Id, order?.Id.Value, channel, recipient, Render(subject, client, order), Render(body, client, order)!, by, now);
        messages.Add(message);
        client.RecordMessage($"{channel} message: {Shorten(message.Body)}", by, $"message:{message.Id.Value}", now);
        return message;
    }

    /// <summary>No channel chosen (another module asking): the first the client has an address on — SMS, e-mail, Telegram.</summary>
    private static MessageChannel FirstReachable(Client client) =>
        client.Phone is not null ? MessageChannel.Sms : client.Email is not null ? MessageChannel.Email : client.Telegram is not null ? MessageChannel.Telegram : MessageChannel.Sms;

    public static string? Render(string? template, Client client, Order? order)
    {
        if (template is null)
        {
            return null;
        }

        var values = new Dictionary<string, string?>
        {
            ["client.name"] = client.Name,
            ["client.email"] = client.Email,
            ["client.phone"] = client.Phone,
            ["order.number"] = order?.Number.ToString(CultureInfo.InvariantCulture),
            ["order.total"] = order?.Total.ToString("0.00", CultureInfo.InvariantCulture),
            ["order.paid-amount"] = order?.PaidAmount.ToString("0.00", CultureInfo.InvariantCulture),
            ["order.due"] = order?.Due.ToString("0.00", CultureInfo.InvariantCulture),
            ["order.status"] = order?.Status.ToString(),
        };
        return values.Aggregate(template, (text, pair) => pair.Value is null ? text : text.Replace("{" + pair.Key + "}", pair.Value, StringComparison.Ordinal));
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
