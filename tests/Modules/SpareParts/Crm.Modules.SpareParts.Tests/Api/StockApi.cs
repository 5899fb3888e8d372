using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Crm.Modules.SpareParts.Application.CustomerOrders;
using Crm.Modules.SpareParts.Application.Parts;
using Crm.Modules.SpareParts.Application.Receipts;
using Crm.Modules.SpareParts.Application.Stock;
using Crm.Modules.SpareParts.Application.Warehouses.ListWarehouses;
using Crm.Tests.Support;

namespace Crm.Modules.SpareParts.Tests.Api;

/// <summary>What the stock and order tests do through HTTP, as a parts specialist or a manager would.</summary>
internal static class StockApi
{
    public const string Root = "/api/spare-parts";

    public static async Task<PartDto> PartAsync(this ApiFixture app, string unit = "pcs", decimal price = 10m) =>
        await (await app.Administrator.PostJsonAsync($"{Root}/parts", new { article = $"T-{Guid.NewGuid():N}"[..20], brand = "Test", name = "Test part", unit, price }))
            .ReadAsync<PartDto>(HttpStatusCode.Created);

    public static async Task<Guid> WarehouseAsync(this ApiFixture app) =>
        (await (await app.Administrator.PostJsonAsync($"{Root}/warehouses", new { name = $"Store {Guid.NewGuid():N}" })).ReadAsync<WarehouseDto>(HttpStatusCode.Created)).Id;

    /// <summary>A goods receipt written and posted (its goods on stock, waiting reserves filled).</summary>
    public static async Task<GoodsReceiptDto> ReceiveAsync(this ApiFixture app, Guid warehouseId, params (Guid PartId, decimal Quantity)[] lines) =>
        await app.PostReceiptAsync(await app.WriteReceiptAsync(warehouseId, lines));

    public static async Task<GoodsReceiptDto> WriteReceiptAsync(this ApiFixture app, Guid warehouseId, params (Guid PartId, decimal Quantity)[] lines) =>
        await (await app.Administrator.PostJsonAsync($"{Root}/goods-receipts", new
        {
            supplier = "Parts wholesale",
            warehouseId,
            lines = lines.Select(l => new { partId = l.PartId, quantity = l.Quantity }),
        })).ReadAsync<GoodsReceiptDto>(HttpStatusCode.Created);

    public static async Task<GoodsReceiptDto> PostReceiptAsync(this ApiFixture app, GoodsReceiptDto receipt) =>
        await (await app.Administrator.PostAsync($"{Root}/goods-receipts/{receipt.Id}/post", null)).ReadAsync<GoodsReceiptDto>();

    /// <summary>A customer order drafted (for a new client unless given) with lines of part, quantity and supply deadline.</summary>
    public static async Task<CustomerOrderDto> DraftAsync(this ApiFixture app, Guid warehouseId, params (Guid PartId, decimal Quantity, DateTimeOffset? Deadline)[] lines) =>
        await (await app.Administrator.PostJsonAsync($"{Root}/customer-orders", new
        {
            clientId = Guid.NewGuid(),
            warehouseId,
            lines = lines.Select(l => new { partId = l.PartId, quantity = l.Quantity, supplyDeadline = l.Deadline }),
        })).ReadAsync<CustomerOrderDto>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> ActAsync(this ApiFixture app, Guid orderId, string action, object? body = null, HttpClient? client = null) =>
        (client ?? app.Administrator).PostJsonAsync($"{Root}/customer-orders/{orderId}/{action}", body ?? new { });

    public static async Task<CustomerOrderDto> PostedAsync(this ApiFixture app, Guid warehouseId, params (Guid PartId, decimal Quantity, DateTimeOffset? Deadline)[] lines)
    {
        var draft = await app.DraftAsync(warehouseId, lines);
        return await (await app.ActAsync(draft.Id, "post")).ReadAsync<CustomerOrderDto>();
    }

    public static async Task<CustomerOrderDto> OrderAsync(this ApiFixture app, Guid id) =>
        await (await app.Administrator.GetAsync($"{Root}/customer-orders/{id}")).ReadAsync<CustomerOrderDto>();

    public static async Task<WarehouseStockDto> StockAsync(this ApiFixture app, Guid partId, Guid warehouseId)
    {
        var stock = await (await app.Administrator.GetAsync($"{Root}/stock/{partId}")).ReadAsync<StockDto>();
        return stock.Warehouses.SingleOrDefault(w => w.WarehouseId == warehouseId) ?? new WarehouseStockDto(warehouseId, 0, 0, 0);
    }

    /// <summary>A stocktake's count: puts goods on stock without filling any waiting reserve.</summary>
    public static async Task CountAsync(this ApiFixture app, Guid partId, Guid warehouseId, decimal counted) =>
        (await app.Administrator.PostJsonAsync($"{Root}/stock/counts", new { partId, warehouseId, counted })).EnsureSuccessStatusCode();

    public static Task<HttpResponseMessage> SendWithIfMatchAsync(this ApiFixture app, string path, object body, int version)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Root}/{path}") { Content = JsonContent.Create(body, options: Json.Options) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        return app.Administrator.SendAsync(request);
    }
}
