using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Sales.Application.Clients.GetClientCard;
using Crm.Modules.Sales.Application.Orders;
using Crm.Modules.Sales.Domain.Orders;
using Crm.Modules.Sales.Infrastructure.Persistence;
using Crm.Modules.Tasking.Application.Staff;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Modules.Tasking.Application.TaskTypes;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Infrastructure.Persistence;
using Crm.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.Host.Tests;

/// <summary>
/// Input no reader could show or no handler could act on, as a careless client or an attacker sends it (issue 12,
/// ADR 0047): extreme moments and durations, nulls where the contract has none. Each is a 400 naming the field with
/// a code, nothing is stored, and every list and card still answers afterwards, in every time zone.
/// </summary>
public abstract class BadInputTests(ApiFixture app) : IAsyncLifetime
{
    private const string Dawn = "0001-01-01T00:00:00Z";
    private const string Dusk = "9999-12-31T23:59:59Z";
    private const string SmallestDuration = "-10675199.02:48:05.4775808";

    private static readonly string[] StatisticsEndpoints =
        ["summary", "by-day", "by-manager", "by-process", "by-manager-and-process", "by-status", "by-type", "results"];

    private World _world = null!;

    private HttpClient Admin => app.Administrator;

    public async ValueTask InitializeAsync() => _world = await app.SharedAsync("bad-input", CreateWorldAsync);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Moments_no_reader_could_show_are_refused_on_their_field_and_nothing_is_stored()
    {
        var before = await TaskIdsAsync();
        var ordersBefore = await OrderIdsAsync();
        var cardBefore = await (await Admin.GetAsync($"/api/sales/orders/{_world.OrderId}")).ReadAsync<OrderDto>();
        foreach (var moment in new[] { Dawn, Dusk, "0001-01-01T13:59:59Z", "9999-12-31T10:00:00Z" })
        {
            await RefusedAsync(await _world.Moscow.PostJsonAsync("/api/tasking/tasks", NewTask(moment)), "dueAt", "moment.out-of-range");
            await RefusedAsync(await Admin.PostJsonAsync("/api/tasking/tasks/arbitrary", new { typeId = _world.Call.Id, title = "x", employeeId = _world.MoscowId, dueAt = moment }),
                "dueAt", "moment.out-of-range");
            await RefusedAsync(await PutAsync($"/api/tasking/tasks/{_world.Task.Id}", new { dueAt = moment }), "dueAt", "moment.out-of-range");
            await RefusedAsync(await Admin.PostJsonAsync($"/api/tasking/tasks/{_world.Task.Id}/postpone", new { until = moment }), "until", "moment.out-of-range");
            await RefusedAsync(await Admin.PostJsonAsync("/api/sales/orders", NewOrder(accessEndsAt: moment)), "accessEndsAt", "moment.out-of-range");
            await RefusedAsync(await Admin.PostJsonAsync($"/api/sales/orders/{_world.OrderId}/access-end", new { endsAt = moment }), "endsAt", "moment.out-of-range");
        }

        Assert.Equal(before, await TaskIdsAsync());
        Assert.Equal(ordersBefore, await OrderIdsAsync());
        var card = await (await Admin.GetAsync($"/api/sales/orders/{_world.OrderId}")).ReadAsync<OrderDto>();
        Assert.Equal((cardBefore.AccessEndsAt, cardBefore.Version), (card.AccessEndsAt, card.Version));
        await EveryReaderCanReadAsync();
    }

    [Fact]
    public async Task The_first_and_last_moments_every_zone_can_show_are_stored_and_shown_to_readers_at_both_ends_of_the_world()
    {
        var latest = await (await _world.Moscow.PostJsonAsync("/api/tasking/tasks", NewTask("9999-12-31T09:59:00Z", _world.KiribatiId))).ReadAsync<TaskDto>(HttpStatusCode.Created);
        var earliest = await (await _world.Moscow.PostJsonAsync("/api/tasking/tasks", NewTask("0001-01-01T14:00:00+00:00", _world.BakerIslandId))).ReadAsync<TaskDto>(HttpStatusCode.Created);
        await (await Admin.PostJsonAsync($"/api/sales/orders/{_world.OrderId}/access-end", new { endsAt = "9999-12-31T09:59:00Z" })).ReadAsync<JsonElement>();

        var inKiribati = await (await _world.Kiribati.GetAsync($"/api/tasking/tasks/{latest.Id}")).ReadAsync<TaskDto>();
        Assert.Equal(new DateTimeOffset(9999, 12, 31, 23, 59, 0, TimeSpan.FromHours(14)), inKiribati.DueAt);
        Assert.Equal(TimeSpan.FromHours(14), inKiribati.DueAt!.Value.Offset);
        var westOfHawaii = await (await _world.BakerIsland.GetAsync($"/api/tasking/tasks/{earliest.Id}")).ReadAsync<TaskDto>();
        Assert.Equal(new DateTimeOffset(1, 1, 1, 2, 0, 0, TimeSpan.FromHours(-12)), westOfHawaii.DueAt);
        Assert.Equal(TimeSpan.FromHours(-12), westOfHawaii.DueAt!.Value.Offset);
        await EveryReaderCanReadAsync();
        (await Admin.PostJsonAsync($"/api/sales/orders/{_world.OrderId}/access-end", new { endsAt = (string?)null })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Rows_an_older_version_stored_at_the_ends_of_the_calendar_are_still_shown_to_every_reader()
    {
        var first = await (await _world.Moscow.PostJsonAsync("/api/tasking/tasks", NewTask("2030-01-01T00:00:00Z", _world.BakerIslandId))).ReadAsync<TaskDto>(HttpStatusCode.Created);
        var last = await (await _world.Moscow.PostJsonAsync("/api/tasking/tasks", NewTask("2030-01-01T00:00:00Z", _world.KiribatiId))).ReadAsync<TaskDto>(HttpStatusCode.Created);
        var order = await (await Admin.PostJsonAsync("/api/sales/orders", NewOrder())).ReadAsync<OrderDto>(HttpStatusCode.Created);
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            // What issue 12's requests left behind before they were refused.
            var tasking = scope.ServiceProvider.GetRequiredService<TaskingDbContext>();
            await tasking.Tasks.Where(t => t.Id == new TaskId(first.Id)).ExecuteUpdateAsync(s => s.SetProperty(t => t.DueAtUtc, DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc)));
            await tasking.Tasks.Where(t => t.Id == new TaskId(last.Id)).ExecuteUpdateAsync(s => s.SetProperty(t => t.DueAtUtc, new DateTime(9999, 12, 31, 23, 59, 59, DateTimeKind.Utc)));
            var sales = scope.ServiceProvider.GetRequiredService<SalesDbContext>();
            await sales.Orders.Where(o => o.Id == new OrderId(order.Id)).ExecuteUpdateAsync(s => s.SetProperty(o => o.AccessEndsAtUtc, new DateTime(9999, 12, 31, 23, 59, 59, DateTimeKind.Utc)));
        }

        await EveryReaderCanReadAsync();
        var atTheEnd = await (await _world.Kiribati.GetAsync($"/api/tasking/tasks/{last.Id}")).ReadAsync<TaskDto>();
        Assert.Equal(new DateTime(9999, 12, 31, 23, 59, 59), atTheEnd.DueAt!.Value.UtcDateTime);
        await (await _world.BakerIsland.GetAsync($"/api/tasking/tasks/{first.Id}")).ReadAsync<TaskDto>();
        foreach (var reader in new[] { Admin, _world.Moscow, _world.Kiribati, _world.BakerIsland })
        {
            var card = await (await reader.GetAsync($"/api/sales/orders/{order.Id}")).ReadAsync<OrderDto>();
            Assert.Equal(new DateTime(9999, 12, 31, 23, 59, 59), card.AccessEndsAt!.Value.UtcDateTime);
        }
    }

    [Fact]
    public async Task Extreme_moments_in_query_strings_are_refused_on_their_parameter()
    {
        await RefusedAsync(await Admin.GetAsync($"/api/tasking/tasks?dueFrom={Dawn}"), "dueFrom", "moment.out-of-range");
        await RefusedAsync(await Admin.GetAsync($"/api/tasking/tasks?createdTo={Dusk}"), "createdTo", "moment.out-of-range");
        await RefusedAsync(await Admin.GetAsync($"/api/sales/orders?from={Dawn}"), "from", "moment.out-of-range");
        foreach (var endpoint in StatisticsEndpoints)
        {
            await RefusedAsync(await Admin.GetAsync($"/api/tasking/statistics/{endpoint}?from={Dawn}"), "from", "moment.out-of-range");
            await RefusedAsync(await Admin.GetAsync($"/api/tasking/statistics/{endpoint}?to={Dawn}"), "to", "moment.out-of-range");
            await RefusedAsync(await _world.Moscow.GetAsync($"/api/tasking/statistics/{endpoint}?from={Dusk}"), "from", "moment.out-of-range");
        }
    }

    [Fact]
    public async Task Statistics_at_the_ends_of_the_calendar_answer_for_every_reader()
    {
        foreach (var endpoint in StatisticsEndpoints)
        {
            foreach (var reader in new[] { Admin, _world.Moscow, _world.Kiribati, _world.BakerIsland })
            {
                // From the last day on, the default 30 days end at the last moment every zone can show.
                var last = await (await reader.GetAsync($"/api/tasking/statistics/{endpoint}?from=9999-12-31T00:00:00Z")).ReadAsync<JsonElement>();
                Assert.Equal(new DateTimeOffset(DateTime.MaxValue.AddHours(-14), TimeSpan.Zero), last.GetProperty("to").GetDateTimeOffset());
                await (await reader.GetAsync($"/api/tasking/statistics/{endpoint}?to=0001-01-02T00:00:00Z")).ReadAsync<JsonElement>();
                await (await reader.GetAsync($"/api/tasking/statistics/{endpoint}?from=0001-01-01T14:00:00Z&to=0001-01-03T00:00:00Z")).ReadAsync<JsonElement>();
            }
        }
    }

    [Fact]
    public async Task Null_list_elements_are_refused_on_their_position()
    {
        var orders = await OrderIdsAsync();
        await RefusedAsync(await PostRawAsync("/api/sales/orders", $"{{\"clientId\":\"{_world.ClientId}\",\"positions\":[null]}}"), "positions[0]", "value.null");
        await RefusedAsync(
            await PostRawAsync("/api/sales/orders", $"{{\"clientId\":\"{_world.ClientId}\",\"positions\":[{{\"offer\":\"Tyres\",\"price\":10,\"quantity\":1}},null]}}"),
            "positions[1]", "value.null");
        Assert.Equal(orders, await OrderIdsAsync());

        var types = await TypeNamesAsync();
        await RefusedAsync(await PostRawAsync("/api/tasking/task-types", "{\"name\":\"Null results\",\"results\":[null]}"), "results[0]", "value.null");
        Assert.Equal(types, await TypeNamesAsync());
        await EveryReaderCanReadAsync();
    }

    [Fact]
    public async Task Durations_beyond_any_sense_are_refused_on_their_field()
    {
        var types = await TypeNamesAsync();
        await RefusedAsync(await Admin.PostJsonAsync($"/api/tasking/tasks/{_world.Task.Id}/postpone", new { until = app.Clock.GetUtcNow().AddDays(1), reminderOffset = SmallestDuration }),
            "reminderOffset", "duration.out-of-range");
        await RefusedAsync(await Admin.PostJsonAsync($"/api/tasking/tasks/{_world.Task.Id}/postpone", new { until = app.Clock.GetUtcNow().AddDays(1), reminderOffset = "-31.00:00:00" }),
            "reminderOffset", "validation.failed");
        await RefusedAsync(await PutAsync($"/api/tasking/task-types/{_world.Call.Id}/default-reminder", new { offset = SmallestDuration }), "offset", "duration.out-of-range");
        await RefusedAsync(await PutAsync($"/api/tasking/task-types/{_world.Call.Id}/default-reminder", new { offset = "10675199.02:48:05.4775807" }), "offset", "duration.out-of-range");
        await RefusedAsync(await Admin.PostJsonAsync("/api/tasking/task-types", new { name = "Never", defaultReminderOffset = SmallestDuration }),
            "defaultReminderOffset", "duration.out-of-range");

        Assert.Equal(types, await TypeNamesAsync());
        var task = await (await Admin.GetAsync($"/api/tasking/tasks/{_world.Task.Id}")).ReadAsync<TaskDto>();
        Assert.Null(task.PostponedUntil);
        await EveryReaderCanReadAsync();
    }

    [Fact]
    public async Task Process_definitions_with_nulls_or_blank_block_ids_are_refused_on_their_field()
    {
        var created = await (await PostRawAsync("/api/processes/definitions", Definition(Start("start")))).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var before = await DefinitionCountAsync();

        foreach (var url in new[] { "/api/processes/definitions", "/api/processes/definitions/import", "/api/processes/definitions/validate", $"/api/processes/definitions/{id}" })
        {
            var put = url.EndsWith(id.ToString(), StringComparison.Ordinal);
            await RefusedAsync(await SendRawAsync(put, url, Definition(Start("start"), entry: "null")), "entry", "value.null");
            await RefusedAsync(await SendRawAsync(put, url, Definition(blocks: "null")), "blocks", "value.null");
            await RefusedAsync(await SendRawAsync(put, url, Definition(blocks: "[null]")), "blocks[0]", "value.null");
            await RefusedAsync(await SendRawAsync(put, url, Definition(Start("start"), "null")), "blocks[1]", "value.null");
            await RefusedAsync(await SendRawAsync(put, url, Definition("{\"id\":null,\"type\":\"start\",\"exits\":{\"next\":\"end\"}}")), "blocks[0].id", "value.null");

            foreach (var blank in new[] { "{\"type\":\"start\",\"exits\":{\"next\":\"end\"}}", Start(string.Empty), Start("   ") })
            {
                var response = await SendRawAsync(put, url, Definition(blank));
                if (url.EndsWith("/validate", StringComparison.Ordinal))
                {
                    var report = await response.ReadAsync<JsonElement>();
                    Assert.Contains(report.GetProperty("problems").EnumerateArray(), p => p.GetProperty("code").GetString() == "block.id-missing");
                }
                else
                {
                    var problem = await RefusedAsync(response, "definition", "validation.failed");
                    Assert.Contains(problem.FieldErrors("definition"), m => m.StartsWith("block.id-missing", StringComparison.Ordinal));
                }
            }
        }

        Assert.Equal(before, await DefinitionCountAsync());
        var draft = await (await Admin.GetAsync($"/api/processes/definitions/{id}")).ReadAsync<JsonElement>();
        Assert.Equal("start", draft.GetProperty("draft").GetProperty("blocks")[0].GetProperty("id").GetString());
    }

    private static string Start(string id) => $"{{\"id\":\"{id}\",\"type\":\"start\",\"exits\":{{\"next\":\"end\"}}}}";

    private static string Definition(string? firstBlock = null, string? secondBlock = null, string entry = "{\"kind\":\"manual\"}", string? blocks = null) =>
        $"{{\"name\":\"Bad input {Guid.NewGuid():N}\",\"objectType\":\"order\",\"entry\":{entry},\"blocks\":"
        + (blocks ?? $"[{firstBlock ?? Start("start")},{secondBlock ?? "{\"id\":\"end\",\"type\":\"finish\",\"outcome\":\"positive\"}"}]") + "}";

    private static async Task<JsonElement> RefusedAsync(HttpResponseMessage response, string field, string code)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors(field));
        Assert.Equal(code, problem.Code());
        return problem;
    }

    /// <summary>The lists and cards the issue saw fail for good: the administrator's and a Moscow employee's task lists, the order card.</summary>
    private async Task EveryReaderCanReadAsync()
    {
        foreach (var reader in new[] { Admin, _world.Moscow, _world.Kiribati, _world.BakerIsland })
        {
            await (await reader.GetAsync("/api/tasking/tasks?ownership=All&status=New&status=InProgress&status=Postponed&status=Done&status=Cancelled&limit=200"))
                .ReadAsync<KeysetPage<TaskSummaryDto>>();
            await (await reader.GetAsync("/api/tasking/bar")).ReadAsync<JsonElement>();
            await (await reader.GetAsync($"/api/sales/orders/{_world.OrderId}")).ReadAsync<OrderDto>();
            await (await reader.GetAsync($"/api/sales/clients/{_world.ClientId}")).ReadAsync<ClientCardDto>();
        }
    }

    private object NewTask(string dueAt, Guid? addressee = null) =>
        new { typeId = _world.Call.Id, title = "Call back", addressee = new { kind = "Employee", id = addressee ?? _world.MoscowId }, dueAt };

    private object NewOrder(string? accessEndsAt = null) =>
        new { clientId = _world.ClientId, positions = new[] { new { offer = "Tyres", price = 10m, quantity = 1 } }, accessEndsAt };

    private Task<HttpResponseMessage> PutAsync(string url, object body) => Admin.PutAsJsonAsync(url, body, Json.Options);

    private Task<HttpResponseMessage> PostRawAsync(string url, string json) => SendRawAsync(false, url, json);

    private Task<HttpResponseMessage> SendRawAsync(bool put, string url, string json)
    {
        var content = new StringContent(json, Encoding.UTF8, "application/json");
        return put ? Admin.PutAsync(url, content) : Admin.PostAsync(url, content);
    }

    private async Task<List<Guid>> TaskIdsAsync() =>
        [.. (await (await Admin.GetAsync("/api/tasking/tasks?ownership=All&status=New&status=InProgress&status=Postponed&status=Done&status=Cancelled&limit=200"))
            .ReadAsync<KeysetPage<TaskSummaryDto>>()).Items.Select(t => t.Id).Order()];

    private async Task<List<Guid>> OrderIdsAsync() =>
        [.. (await (await Admin.GetAsync($"/api/sales/orders?clientId={_world.ClientId}")).ReadAsync<KeysetPage<OrderSummaryDto>>()).Items.Select(o => o.Id).Order()];

    private async Task<List<string>> TypeNamesAsync() =>
        [.. (await (await Admin.GetAsync("/api/tasking/task-types")).ReadAsync<List<TaskTypeDto>>()).Select(t => t.Name).Order(StringComparer.Ordinal)];

    private async Task<int> DefinitionCountAsync() => (await (await Admin.GetAsync("/api/processes/definitions")).ReadAsync<JsonElement>()).GetArrayLength();

    private static async Task<World> CreateWorldAsync(ApiFixture a)
    {
        var call = await (await a.Administrator.PostJsonAsync("/api/tasking/task-types", new { name = "Call (bad input)", sortOrder = 30 }))
            .ReadAsync<TaskTypeDto>(HttpStatusCode.Created);
        var (moscow, moscowId) = await HireAsync(a, "Ivan", "Europe/Moscow");
        var (kiribati, kiribatiId) = await HireAsync(a, "Teuea", "Pacific/Kiritimati");
        var (baker, bakerId) = await HireAsync(a, "Baker", "Etc/GMT+12");
        var client = await (await a.Administrator.PostJsonAsync("/api/sales/clients", new { name = "Bad Input Client", email = $"bad.{Guid.NewGuid():N}@example.com", timeZone = "Europe/Moscow" }))
            .ReadAsync<ClientCardDto>(HttpStatusCode.Created);
        var order = await (await a.Administrator.PostJsonAsync("/api/sales/orders", new { clientId = client.Id, positions = new[] { new { offer = "Oil change", price = 50m, quantity = 1 } } }))
            .ReadAsync<OrderDto>(HttpStatusCode.Created);
        var task = await (await a.Administrator.PostJsonAsync("/api/tasking/tasks/arbitrary", new { typeId = call.Id, title = "Left alone", employeeId = moscowId }))
            .ReadAsync<TaskDto>(HttpStatusCode.Created);
        return new World(call, moscow, moscowId, kiribati, kiribatiId, baker, bakerId, client.Id, order.Id, task);
    }

    private static async Task<(HttpClient Client, Guid Id)> HireAsync(ApiFixture a, string name, string zone)
    {
        var employee = await (await a.Administrator.PostJsonAsync("/api/tasking/employees", new { name, timeZone = zone })).ReadAsync<EmployeeDto>(HttpStatusCode.Created);
        return (a.Factory.ClientFor(employee.Id, name, zone), employee.Id);
    }

    private sealed record World(
        TaskTypeDto Call, HttpClient Moscow, Guid MoscowId, HttpClient Kiribati, Guid KiribatiId, HttpClient BakerIsland, Guid BakerIslandId, Guid ClientId, Guid OrderId, TaskDto Task);
}

[Trait("Provider", "Sqlite")]
public sealed class BadInputSqliteTests(SqliteApi app) : BadInputTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class BadInputPostgresTests(PostgresApi app) : BadInputTests(app), IClassFixture<PostgresApi>;
