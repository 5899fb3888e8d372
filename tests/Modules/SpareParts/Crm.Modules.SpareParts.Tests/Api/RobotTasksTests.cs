using Crm.Modules.SpareParts.Application.Processes;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using Crm.Modules.SpareParts.Infrastructure.Persistence;
using Crm.Modules.SpareParts.Infrastructure.Supply;
using Crm.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.Modules.SpareParts.Tests.Api;

/// <summary>
/// The robot's tasks (ADR 0082) on the test clock: the supply check run by hand finds a line whose deadline passed
/// and its manager agrees new dates; goods that arrive invite the client, or tell the manager the reserve is set.
/// </summary>
public abstract class RobotTasksTests(ApiFixture app)
{
    private const string GoodsLate = "Goods late: agree new dates";

    [Fact]
    public async Task A_passed_supply_deadline_asks_the_manager_to_agree_new_dates_and_the_new_deadline_goes_on_the_line()
    {
        var (manager, managerId) = await app.ManagerAsync("Lena");
        var part = await app.PartAsync();
        var store = await app.WarehouseAsync();
        var order = await app.PostedForAsync(managerId, store, (part.Id, 1m, app.Clock.GetUtcNow().AddDays(2)));

        await CheckAsync();
        app.Clock.Advance(TimeSpan.FromDays(3));
        await CheckAsync();

        var task = await manager.TaskAsync(order.Id, GoodsLate);
        var missed = await app.FactsAsync(order.Id, SparePartsFacts.SupplyDeadlineMissed);
        Assert.Equal((order.Lines[0].Id.ToString(), managerId.ToString()), (missed.Fact("missed-line.id"), missed.Fact("manager.id")));
        var newDeadline = new DateTimeOffset(app.Clock.GetUtcNow().AddDays(5).UtcDateTime.Date, TimeSpan.Zero);
        await manager.AnswerAsync(task, new { result = SparePartsTaskTypes.NewDeadline, moment = newDeadline });

        await Eventually.HoldsAsync(() => app.OrderAsync(order.Id), o => o.Lines[0].SupplyDeadline == newDeadline, "the line's new deadline");
        Assert.Equal("positive", await app.OutcomeAsync(order.Id, GoodsLate));
        await CheckAsync(); // the new deadline has not passed: nothing more
        Assert.Single(await manager.TasksAboutAsync(order.Id, "&status=New&status=InProgress&status=Done"), t => t.GetProperty("title").GetString() == GoodsLate);
    }

    [Fact]
    public async Task Two_hosts_checking_at_once_record_a_late_line_once_and_open_one_task()
    {
        var (manager, managerId) = await app.ManagerAsync("Igor");
        var part = await app.PartAsync();
        var store = await app.WarehouseAsync();
        var order = await app.PostedForAsync(managerId, store, (part.Id, 1m, app.Clock.GetUtcNow().AddHours(1)));
        app.Clock.Advance(TimeSpan.FromHours(2));
        await using var second = app.CreateFactory(); // another replica on the same database

        await Task.WhenAll(new[] { app.Factory.Services, second.Services }
            .Select(services => services.GetRequiredService<SupplyDeadlineCheckJob>())
            .Select(job => Task.Run(() => job.RunOnceAsync(CancellationToken.None))));

        await manager.TaskAsync(order.Id, GoodsLate);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var misses = await scope.ServiceProvider.GetRequiredService<SparePartsDbContext>().SupplyDeadlineMisses
            .CountAsync(m => m.OrderId == new CustomerOrderId(order.Id));
        Assert.Equal(1, misses);
    }

    [Fact]
    public async Task Goods_arriving_on_time_tell_the_manager_the_reserve_is_set_and_invite_the_client()
    {
        var (manager, managerId) = await app.ManagerAsync("Vera");
        var part = await app.PartAsync();
        var store = await app.WarehouseAsync();
        var order = await app.PostedForAsync(managerId, store, (part.Id, 2m, app.Clock.GetUtcNow().AddDays(2)));

        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.ReceiveAsync(store, (part.Id, 2m));

        var notice = await manager.TaskAsync(order.Id, "Goods in stock: reserve set");
        await manager.TaskAsync(order.Id, "All goods in stock: invite the client");
        await manager.AnswerAsync(notice, new { result = SparePartsTaskTypes.Ok });
        Assert.Equal("positive", await app.OutcomeAsync(order.Id, "Goods in stock: reserve set"));
    }

    [Fact]
    public async Task Goods_a_booking_waits_for_give_its_manager_a_notice_instead_of_an_invitation()
    {
        var (manager, managerId) = await app.ManagerAsync("Yuri");
        var part = await app.PartAsync();
        var store = await app.WarehouseAsync();
        var order = await app.PostedForAsync(managerId, store, (part.Id, 1m, app.Clock.GetUtcNow().AddDays(2)), bookingId: Guid.NewGuid());

        await app.ReceiveAsync(store, (part.Id, 1m));

        var notice = await manager.TaskAsync(order.Id, "All goods in stock: the booking waits for them");
        await manager.AnswerAsync(notice, new { result = SparePartsTaskTypes.Ok });
        Assert.Equal("positive", await app.OutcomeAsync(order.Id, "All goods in stock"));
        Assert.DoesNotContain(await manager.TasksAboutAsync(order.Id), t => t.GetProperty("title").GetString() == "All goods in stock: invite the client");
    }

    private Task<int> CheckAsync() => app.Factory.Services.GetRequiredService<SupplyDeadlineCheckJob>().RunOnceAsync(CancellationToken.None);
}

[Trait("Provider", "Sqlite")]
public sealed class RobotTasksSqliteTests(SqliteApi app) : RobotTasksTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class RobotTasksPostgresTests(PostgresApi app) : RobotTasksTests(app), IClassFixture<PostgresApi>;
