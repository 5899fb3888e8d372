using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.ServiceStation.Application.Processes;
using Crm.Modules.ServiceStation.Application.WorkOrders;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.ServiceStation.Tests.Api;

/// <summary>The host with the process timers looking often, so moving the test clock is all a test does.</summary>
public abstract class InvitationApi(DatabaseProvider provider) : ApiFixture(provider)
{
    public override CrmApiFactory CreateFactory() =>
        new(Database, Clock, settings: new Dictionary<string, string> { ["Processes:Timers:MaxIdle"] = "00:00:00.200" });
}

public sealed class SqliteInvitationApi() : InvitationApi(DatabaseProvider.Sqlite);

public sealed class PostgresInvitationApi() : InvitationApi(DatabaseProvider.Postgres);

/// <summary>
/// "Invite by recommendations" (ADR 0078), shipped and active: a work order closed with a declined work; two days later
/// Sales has a message to the client; the client's reply opens the task for the operators at once, showing the reply;
/// without a reply the task opens the next day. Through HTTP only, as the front office, the client's channel and an
/// operator would; the operators are a position the administrator names as the process's executors, as a new
/// installation does.
/// </summary>
public abstract class RecommendationInvitationTests(InvitationApi app)
{
    private const string Process = "Invite by recommendations";
    private const string Replied = "Invite by recommendations: the client replied";

    [Fact]
    public async Task Two_days_after_closing_the_client_gets_a_message_and_a_reply_opens_the_task_at_once_showing_it()
    {
        var operatorClient = await OperatorAsync();
        var (client, car, order) = await ClosedWithDeclinedWorkAsync();

        await WaitingAtAsync(order, "1-two-days");
        app.Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        Assert.Empty(await MessagesAsync(client)); // not before two days
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var message = Assert.Single(await Eventually.HoldsAsync(() => MessagesAsync(client), m => m.Count > 0, "the message to the client"));
        Assert.Contains("Brake discs", message.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal("Sms", message.GetProperty("channel").GetString());
        await WaitingAtAsync(order, "3-wait-reply");
        Assert.Null(await InboxTaskAsync(operatorClient, order));

        var reply = await app.Administrator.PostJsonAsync($"/api/sales/messages/{message.GetProperty("id").GetGuid()}/replies", new { text = "Yes, Saturday morning suits me" });
        await reply.ReadAsync<JsonElement>(HttpStatusCode.Created);

        var task = await Eventually.HoldsAsync(() => InboxTaskAsync(operatorClient, order), t => t is not null, "the task in the operators' inbox");
        Assert.Equal(Replied, task!.Value.GetProperty("title").GetString());
        Assert.Equal("Invite by recommendations", task.Value.GetProperty("type").GetProperty("name").GetString());
        var card = await (await operatorClient.GetAsync($"/api/tasking/tasks/{task.Value.GetProperty("id").GetGuid()}")).ReadAsync<JsonElement>();
        Assert.Contains("Yes, Saturday morning suits me", card.GetProperty("description").GetString(), StringComparison.Ordinal);
        var repliedOnCard = Assert.Single(Assert.Single(await MessagesAsync(client)).GetProperty("replies").EnumerateArray());
        Assert.Equal("Yes, Saturday morning suits me", repliedOnCard.GetProperty("text").GetString());

        // The operator books the car: the task closes by itself as "client booked" and the process ends well.
        var bay = await app.NewBayAsync();
        await app.BookedAsync(car, bay.Id, app.Quarter(TimeSpan.FromDays(1)), TimeSpan.FromHours(1));
        var closed = await Eventually.HoldsAsync(
            async () => await (await operatorClient.GetAsync($"/api/tasking/tasks/{task.Value.GetProperty("id").GetGuid()}")).ReadAsync<JsonElement>(),
            t => t.GetProperty("status").GetString() == "Done", "the task closed by itself");
        Assert.Equal("client-booked", closed.GetProperty("result").GetProperty("code").GetString());
        await Eventually.HoldsAsync(() => InstanceAsync(order), i => i?.GetProperty("outcome").GetString() == "positive", "the process finished positive");
    }

    [Fact]
    public async Task Without_a_reply_the_task_opens_the_next_day_and_not_before()
    {
        var operatorClient = await OperatorAsync();
        var (client, _, order) = await ClosedWithDeclinedWorkAsync();
        await WaitingAtAsync(order, "1-two-days");
        app.Clock.Advance(TimeSpan.FromDays(2));
        await Eventually.HoldsAsync(() => MessagesAsync(client), m => m.Count == 1, "the message to the client");
        await WaitingAtAsync(order, "3-wait-reply");

        app.Clock.Advance(TimeSpan.FromHours(23));
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        Assert.Null(await InboxTaskAsync(operatorClient, order));
        app.Clock.Advance(TimeSpan.FromHours(1));

        var task = await Eventually.HoldsAsync(() => InboxTaskAsync(operatorClient, order), t => t is not null, "the task the next day");
        Assert.Equal(Process, task!.Value.GetProperty("title").GetString());
        var id = task.Value.GetProperty("id").GetGuid();
        (await operatorClient.PostAsync($"/api/tasking/tasks/{id}/take", null)).EnsureSuccessStatusCode();
        var noReason = await operatorClient.PostJsonAsync($"/api/tasking/tasks/{id}/complete", new { result = "no-arrival" });
        Assert.False(noReason.IsSuccessStatusCode);
        var reason = $"Serviced elsewhere {Guid.NewGuid():N}";
        (await app.Administrator.PostJsonAsync("/api/tasking/refusal-reasons", new { name = reason })).EnsureSuccessStatusCode();
        (await operatorClient.PostJsonAsync($"/api/tasking/tasks/{id}/complete", new { result = "no-arrival", reason })).EnsureSuccessStatusCode();
        await Eventually.HoldsAsync(() => InstanceAsync(order), i => i?.GetProperty("outcome").GetString() == "negative", "the process finished negative");
    }

    [Fact]
    public async Task A_work_order_closed_without_declined_works_sends_no_message_and_opens_no_task()
    {
        var operatorClient = await OperatorAsync();
        var (client, car) = await ClientWithCarAsync();
        var order = await app.PostAsync<WorkOrderDto>("work-orders", new
        {
            vehicleId = car, mileageKm = 50_000, works = new[] { new { name = "Oil change", normHours = 0.5m, price = 40m } },
        }, HttpStatusCode.Created);
        await app.PostAsync<WorkOrderDto>($"work-orders/{order.Id}/close", new { done = new[] { order.Works[0].Id } });
        await app.FactsAsync(order.Id, "closed");

        app.Clock.Advance(TimeSpan.FromDays(3));
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);

        Assert.Null(await InstanceAsync(order.Id));
        Assert.Empty(await MessagesAsync(client));
        Assert.Null(await InboxTaskAsync(operatorClient, order.Id));
    }

    /// <summary>A client registered in Sales with a phone, and their car at the station.</summary>
    private async Task<(Guid Client, Guid Car)> ClientWithCarAsync()
    {
        var client = await app.NewSalesClientAsync("Oleg Smirnov", "+" + StationApi.NewCaller());
        return (client, (await app.NewVehicleAsync(client)).Id);
    }

    private async Task<(Guid Client, Crm.Modules.ServiceStation.Application.Vehicles.VehicleDto Car, Guid Order)> ClosedWithDeclinedWorkAsync()
    {
        var client = await app.NewSalesClientAsync("Oleg Smirnov", "+" + StationApi.NewCaller());
        var car = await app.NewVehicleAsync(client);
        var order = await app.PostAsync<WorkOrderDto>("work-orders", new
        {
            vehicleId = car.Id, mileageKm = 80_000,
            works = new[] { new { name = "Oil change", normHours = 0.5m, price = 40m }, new { name = "Brake discs", normHours = 2m, price = 150m } },
        }, HttpStatusCode.Created);
        Guid Work(string name) => order.Works.Single(w => w.Name == name).Id;
        await app.PostAsync<WorkOrderDto>($"work-orders/{order.Id}/close", new { done = new[] { Work("Oil change") }, declined = new[] { new { workId = Work("Brake discs") } } });
        return (client, car, order.Id);
    }

    /// <summary>
    /// The operators: a position with an employee in it, named as the process's executors by the administrator (export,
    /// change "executors", PUT, activate), once per host.
    /// </summary>
    private async Task<HttpClient> OperatorAsync()
    {
        var olga = await app.SharedAsync("invitation-operator", async a =>
        {
            var position = (await (await a.Administrator.PostJsonAsync("/api/tasking/positions", new { name = "Call-centre operator" }))
                .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
            var employee = (await (await a.Administrator.PostJsonAsync("/api/tasking/employees", new { name = "Olga", timeZone = "Europe/Moscow", positionIds = new[] { position } }))
                .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
            var definition = StationProcessTemplates.InviteByRecommendations;
            var document = await Eventually.HoldsAsync(
                async () => await a.Administrator.GetAsync($"/api/processes/definitions/{definition}/export"), r => r.IsSuccessStatusCode, "the shipped process installed");
            var json = JsonNode.Parse(await document.Content.ReadAsStringAsync())!;
            json["executors"] = new JsonArray(new JsonObject { ["kind"] = "Position", ["id"] = position.ToString() });
            (await a.Administrator.PutAsJsonAsync($"/api/processes/definitions/{definition}", json, Json.Options)).EnsureSuccessStatusCode();
            (await a.Administrator.PostAsync($"/api/processes/definitions/{definition}/activate", null)).EnsureSuccessStatusCode();
            return (object)employee;
        });
        return app.Factory.ClientFor((Guid)olga, "Olga", "Europe/Moscow");
    }

    private async Task<List<JsonElement>> MessagesAsync(Guid client) =>
        (await (await app.Administrator.GetAsync($"/api/sales/clients/{client}")).ReadAsync<JsonElement>()).GetProperty("messages").EnumerateArray().ToList();

    private static async Task<JsonElement?> InboxTaskAsync(HttpClient employee, Guid order) =>
        (await (await employee.GetAsync("/api/tasking/inbox?limit=200")).ReadAsync<JsonElement>()).GetProperty("items").EnumerateArray()
            .Where(t => t.GetProperty("subject").ValueKind == JsonValueKind.Object && t.GetProperty("subject").GetProperty("id").GetString() == order.ToString())
            .Select(t => (JsonElement?)t).FirstOrDefault();

    private async Task<JsonElement?> InstanceAsync(Guid order) =>
        (await (await app.Administrator.GetAsync($"/api/processes/instances?objectType=work-order&objectId={order}")).ReadAsync<JsonElement>())
            .EnumerateArray().Where(i => i.GetProperty("processName").GetString() == Process).Select(i => (JsonElement?)i).FirstOrDefault();

    /// <summary>The instance waits at <paramref name="block"/> (a timer, or facts with a limit): only then may the clock move.</summary>
    private Task WaitingAtAsync(Guid order, string block) =>
        Eventually.HoldsAsync(
            async () =>
            {
                if (await InstanceAsync(order) is not { } instance)
                {
                    return false;
                }

                var card = await (await app.Administrator.GetAsync($"/api/processes/instances/{instance.GetProperty("id").GetGuid()}")).ReadAsync<JsonElement>();
                return card.GetProperty("tokens").EnumerateArray().Any(t => t.GetProperty("blockId").GetString() == block && t.GetProperty("wait").GetString() is "Timer" or "Facts");
            },
            waiting => waiting, $"the process waiting at {block}");
}

[Trait("Provider", "Sqlite")]
public sealed class RecommendationInvitationSqliteTests(SqliteInvitationApi app) : RecommendationInvitationTests(app), IClassFixture<SqliteInvitationApi>;

[Trait("Provider", "Postgres")]
public sealed class RecommendationInvitationPostgresTests(PostgresInvitationApi app) : RecommendationInvitationTests(app), IClassFixture<PostgresInvitationApi>;
