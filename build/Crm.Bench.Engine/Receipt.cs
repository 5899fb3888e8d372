using System.Diagnostics;
using Crm.Modules.SpareParts.Application.Receipts;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using Crm.Modules.SpareParts.Domain.Parts;
using Crm.Modules.SpareParts.Domain.Warehouses;
using Crm.Modules.SpareParts.Infrastructure.Persistence;
using Crm.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.Engine;

/// <summary>
/// Spare Parts (issue 15): posting a goods receipt of <c>lines</c> lines that fills <c>reserves</c> waiting reserves
/// (posted customer orders of one line each, parts spread evenly, supply deadlines spread over a month). The orders and
/// parts are written straight into the module's tables (only the posting is measured); the receipt is written through
/// the API, then POST /goods-receipts/{id}/post is timed until it answers — by then every reserve it can fill is set.
/// </summary>
public static class Receipt
{
    public sealed record ReceiptResult(int Lines, int Reserves, int Filled, double SeedSeconds, IReadOnlyList<double> PostSeconds);

    public static async Task<ReceiptResult> RunAsync(BenchApp app, int lines, int reserves, int rounds)
    {
        var posts = new List<double>();
        using var client = app.Factory.ClientFor(app.AdministratorId, "Main Administrator");
        client.Timeout = TimeSpan.FromMinutes(30); // a busy machine is slow, not wrong
        var seed = Stopwatch.StartNew();
        var filled = 0;
        for (var round = 0; round <= rounds; round++) // round 0 warms the code paths up and is not counted
        {
            seed.Start();
            var (warehouse, parts) = await SeedAsync(app, lines, reserves);
            var receipt = await (await client.PostJsonAsync("/api/spare-parts/goods-receipts", new
            {
                supplier = "Bench wholesale",
                warehouseId = warehouse.Value,
                lines = parts.Select(p => new { partId = p.Value, quantity = (decimal)Math.Ceiling((double)reserves / lines) }),
            })).ReadAsync<GoodsReceiptDto>(System.Net.HttpStatusCode.Created);
            seed.Stop();

            var clock = Stopwatch.StartNew();
            (await client.PostAsync($"/api/spare-parts/goods-receipts/{receipt.Id}/post", null)).EnsureSuccessStatusCode();
            clock.Stop();
            filled = await FilledAsync(app, warehouse);
            if (round > 0)
            {
                posts.Add(clock.Elapsed.TotalSeconds);
            }

            Console.WriteLine($"  round {round}{(round == 0 ? " (warm-up)" : "")}: posted in {clock.Elapsed.TotalSeconds:F2} s, {filled}/{reserves} reserves filled");
        }

        return new ReceiptResult(lines, reserves, filled, seed.Elapsed.TotalSeconds, posts);
    }

    private static async Task<(WarehouseId Warehouse, List<PartId> Parts)> SeedAsync(BenchApp app, int lines, int reserves)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SparePartsDbContext>();
        var now = DateTime.UtcNow;
        var warehouse = Warehouse.Open(new WarehouseId(Guid.NewGuid()), $"Bench store {Guid.NewGuid():N}");
        db.Warehouses.Add(warehouse);
        var parts = Enumerable.Range(0, lines).Select(i => Part.Register(new PartId(Guid.NewGuid()), new PartDetails($"B{Guid.NewGuid():N}"[..20], "Bench", $"Bench part {i}", "pcs", 10m))).ToList();
        db.Parts.AddRange(parts);
        for (var i = 0; i < reserves; i++)
        {
            var part = parts[i % lines];
            var order = CustomerOrder.Draft(new CustomerOrderId(Guid.NewGuid()), new CustomerOrderHeader(Guid.NewGuid(), app.AdministratorId, warehouse.Id, null, null),
                [new OrderLineSpec(part.Id, part.Unit, 1m, 10m, now.AddDays(1 + (i * 7 % 30)))], now.AddMinutes(-i));
            order.Post(_ => 0m, now.AddMinutes(-i));
            order.ClearDomainEvents(); // straight into the tables: no facts for processes
            db.CustomerOrders.Add(order);
        }

        await db.SaveChangesAsync();
        return (warehouse.Id, parts.Select(p => p.Id).ToList());
    }

    private static async Task<int> FilledAsync(BenchApp app, WarehouseId warehouse)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SparePartsDbContext>();
        return await db.CustomerOrders.CountAsync(o => o.WarehouseId == warehouse && o.Lines.All(l => !l.Awaiting));
    }
}
