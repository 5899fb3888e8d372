using System.Text.Json;
using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Sales.Application.Orders;
using Crm.Modules.Sales.Domain.Orders;
using MediatR;

namespace Crm.Modules.Sales.Application.Payments.RecordProviderPayment;

/// <summary>
/// The payment provider's callback: <see cref="Body"/> is the raw JSON <c>{"token", "providerPaymentId", "amount"}</c>,
/// <see cref="Signature"/> its HMAC-SHA256 with the shared provider key. A forged body, a foreign or expired link,
/// or a replay of a recorded payment is refused and changes nothing.
/// </summary>
public sealed record RecordProviderPaymentCommand(string Body, string? Signature) : ICommand<Unit>;

internal sealed record ProviderCallback(string? Token, string? ProviderPaymentId, decimal? Amount);

internal sealed class RecordProviderPaymentHandler(PaymentLinks links, IRepository<Order> orders, PurchaseIssuer purchases, TimeProvider clock)
    : IRequestHandler<RecordProviderPaymentCommand, Unit>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Unit> Handle(RecordProviderPaymentCommand command, CancellationToken cancellationToken)
    {
        if (!links.IsSignedByProvider(command.Body, command.Signature))
        {
            throw new ForbiddenException("The callback is not signed by the payment provider.");
        }

        var callback = Parse(command.Body);
        var link = links.Read(callback.Token) ?? throw new InvalidFieldException("token", "Not a valid payment link, or it has expired.");
        if (callback.Amount != link.Amount)
        {
            throw new InvalidFieldException("amount", $"The link asks for {link.Amount:0.00}.");
        }

        var order = await orders.ForUpdateAsync(link.OrderId, cancellationToken);
        order.RecordProviderPayment(link.Amount, callback.ProviderPaymentId!, link.LinkId, clock.GetUtcNow().UtcDateTime);
        purchases.IssueIfPaid(order);
        return Unit.Value;
    }

    private static ProviderCallback Parse(string body)
    {
        try
        {
            var callback = JsonSerializer.Deserialize<ProviderCallback>(body, Json);
            return callback is { ProviderPaymentId.Length: > 0 and <= 100, Amount: not null }
                ? callback
                : throw new InvalidFieldException("body", "Give token, providerPaymentId and amount.");
        }
        catch (JsonException)
        {
            throw new InvalidFieldException("body", "The request body is not valid JSON.");
        }
    }
}
