using System.Net;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Contracts;
using Crm.Modules.Sales.Application.Clients.GetClientCard;
using Crm.Modules.Sales.Application.Orders;
using Crm.Modules.Sales.Infrastructure.Messaging;
using Crm.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Sales.Tests.Api;

/// <summary>What Sales tests do again and again, through HTTP as a manager would.</summary>
internal static class SalesApi
{
    public static async Task<ClientCardDto> NewClientAsync(this ApiFixture app, string? phone = "+351 912 345 678", string name = "Maria Silva") =>
        await (await app.Administrator.PostJsonAsync("/api/sales/clients", new
        {
            name,
            email = $"{Guid.NewGuid():N}@example.com",
            phone,
            timeZone = "Europe/Lisbon",
            tags = new[] { "Web" },
        })).ReadAsync<ClientCardDto>(HttpStatusCode.Created);

    public static async Task<OrderDto> NewOrderAsync(this ApiFixture app, ClientCardDto client, decimal price = 100m, int quantity = 2, string[]? tags = null) =>
        await (await app.Administrator.PostJsonAsync("/api/sales/orders", new
        {
            clientEmail = client.Email,
            positions = new[] { new { offer = "Brake service", price, quantity } },
            tags = tags ?? [],
        })).ReadAsync<OrderDto>(HttpStatusCode.Created);

    public static async Task<OrderDto> PostOrderAsync(this ApiFixture app, Guid orderId, string action, object? body = null)
    {
        var response = await app.Administrator.PostJsonAsync($"/api/sales/orders/{orderId}/{action}", body ?? new { });
        return await response.ReadAsync<OrderDto>();
    }

    public static async Task<ClientCardDto> CardAsync(this ApiFixture app, Guid clientId) =>
        await (await app.Administrator.GetAsync($"/api/sales/clients/{clientId}")).ReadAsync<ClientCardDto>();

    /// <summary>Delivers an integration event to Sales the way the outbox dispatcher does.</summary>
    public static async Task DeliverAsync(this ApiFixture app, IntegrationEvent integrationEvent)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(IntegrationEventNotification.Wrap(integrationEvent));
    }

    public static Task<int> RunMessageSenderAsync(this ApiFixture app) =>
        app.Factory.Services.GetRequiredService<MessageDeliveryProcessor>().RunOnceAsync(CancellationToken.None);
}

/// <summary>Fact values arrive as JSON through the outbox, as the engine will read them.</summary>
internal static class FactValues
{
    public static string? Fact(this Crm.Modules.Processes.Contracts.FactsReportedIntegrationEvent facts, string name) =>
        facts.Facts.TryGetValue(name, out var value) ? value switch
        {
            System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } e => e.GetString(),
            System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Null } => null,
            System.Text.Json.JsonElement e => e.GetRawText(),
            null => null,
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)?.ToLowerInvariant(),
        } : "(missing)";
}
