using System.Net;
using System.Text.Json;
using Crm.Modules.SpareParts.Application.Processes;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.SpareParts.Tests.Api;

/// <summary>
/// The shipped "Parts sale" process (ADR 0082), through HTTP only: a manager posts a customer order, finds "Make the
/// sale, specify result" among their tasks, due at the supply deadline, and the sale, a postponement or a refusal
/// moves it on.
/// </summary>
public abstract class PartsSaleProcessTests(ApiFixture app)
{
    private const string PartsSale = "Parts sale";
    private const string MakeTheSale = "Make the sale, specify result";

    [Fact]
    public async Task Posting_an_order_asks_its_manager_to_make_the_sale_by_the_supply_deadline_and_the_sale_closes_the_task()
    {
        var (manager, managerId) = await app.ManagerAsync("Nina");
        var part = await app.PartAsync();
        var store = await app.WarehouseAsync();
        await app.ReceiveAsync(store, (part.Id, 1m));
        var deadline = app.Clock.GetUtcNow().AddDays(3);
        var order = await app.PostedForAsync(managerId, store, (part.Id, 2m, deadline));

        var task = await manager.TaskAsync(order.Id, MakeTheSale);
        Assert.Equal(deadline, task.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(("Employee", managerId), (task.GetProperty("addressee").GetProperty("kind").GetString(), task.GetProperty("addressee").GetProperty("id").GetGuid()));

        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.ReceiveAsync(store, (part.Id, 1m)); // the rest arrives and is reserved by itself
        (await app.Administrator.PostJsonAsync($"{StockApi.Root}/sales", new { customerOrderId = order.Id })).EnsureSuccessStatusCode();

        await app.ClosedByItselfAsync(task, SparePartsTaskTypes.SaleMade);
        Assert.Equal("positive", await app.OutcomeAsync(order.Id, PartsSale));
    }

    [Fact]
    public async Task An_order_all_in_stock_is_due_at_once_and_postponing_asks_again_at_the_moment_the_manager_chose()
    {
        var (manager, managerId) = await app.ManagerAsync("Oleg");
        var part = await app.PartAsync();
        var store = await app.WarehouseAsync();
        await app.ReceiveAsync(store, (part.Id, 5m));
        var order = await app.PostedForAsync(managerId, store, (part.Id, 2m, null));

        var task = await manager.TaskAsync(order.Id, MakeTheSale);
        Assert.True(task.GetProperty("dueAt").GetDateTimeOffset() <= app.Clock.GetUtcNow().AddMinutes(15), "all reserved: due within the reaction time");
        var later = app.Clock.GetUtcNow().AddDays(2);
        await manager.AnswerAsync(task, new { result = SparePartsTaskTypes.Postponed, moment = later });

        var postponed = await manager.TaskAsync(order.Id, "Task postponed, make the sale");
        Assert.Equal(later, postponed.GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_refusal_with_its_reason_cancels_the_order_and_its_reserve_goes_back_to_stock()
    {
        var (manager, managerId) = await app.ManagerAsync("Pavel");
        var reason = (await (await app.Administrator.PostJsonAsync("/api/tasking/refusal-reasons", new { name = $"Found it cheaper {Guid.NewGuid():N}" }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("name").GetString();
        var part = await app.PartAsync();
        var store = await app.WarehouseAsync();
        await app.ReceiveAsync(store, (part.Id, 3m));
        var order = await app.PostedForAsync(managerId, store, (part.Id, 2m, null));
        var task = await manager.TaskAsync(order.Id, MakeTheSale);

        await manager.AnswerAsync(task, new { result = SparePartsTaskTypes.Refused, reason });

        await Eventually.HoldsAsync(() => app.OrderAsync(order.Id), o => o.Status == CustomerOrderStatus.Cancelled, "the order cancelled by its process");
        Assert.Equal(3m, (await app.StockAsync(part.Id, store)).Available);
        Assert.Equal("negative", await app.OutcomeAsync(order.Id, PartsSale));
    }

    [Fact]
    public async Task An_order_for_a_work_order_starts_no_sale()
    {
        var (manager, managerId) = await app.ManagerAsync("Rita");
        var part = await app.PartAsync();
        var store = await app.WarehouseAsync();
        await app.ReceiveAsync(store, (part.Id, 4m));
        var forWorkOrder = await app.PostedForAsync(managerId, store, (part.Id, 1m, null), workOrderId: Guid.NewGuid());
        var plain = await app.PostedForAsync(managerId, store, (part.Id, 1m, null));

        await manager.TaskAsync(plain.Id, MakeTheSale); // posted after it: the work order's one was heard by now
        var instances = await (await app.Administrator.GetAsync($"/api/processes/instances?objectType={SparePartsFacts.CustomerOrder}&objectId={forWorkOrder.Id}")).ReadAsync<JsonElement>();
        Assert.Equal(0, instances.GetArrayLength());
    }
}

[Trait("Provider", "Sqlite")]
public sealed class PartsSaleProcessSqliteTests(SqliteApi app) : PartsSaleProcessTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class PartsSaleProcessPostgresTests(PostgresApi app) : PartsSaleProcessTests(app), IClassFixture<PostgresApi>;
