using System.Net;
using System.Net.Http.Json;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Sales.Application.CardTasks;
using Crm.Modules.Sales.Application.Clients.GetClientCard;
using Crm.Modules.Sales.Application.Orders;
using Crm.Modules.Sales.Domain.CardTasks;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Application.Staff;
using Crm.Modules.Tasking.Application.Subjects.GetSubject;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Modules.Tasking.Application.Tasks.GetBar;
using Crm.Modules.Tasking.Application.TaskTypes;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Host.Tests;

/// <summary>
/// Manual tasks as a manager makes them from Sales' cards, and arbitrary tasks to any employee, through HTTP only:
/// Sales, Tasking and the outbox between them.
/// </summary>
public abstract class ManualTaskTests(ApiFixture app) : IAsyncLifetime
{
    private HttpClient Admin => app.Administrator;

    private TaskTypeDto Call { get; set; } = null!;

    private (HttpClient Client, EmployeeDto Employee) Ana { get; set; }

    private (HttpClient Client, EmployeeDto Employee) Rui { get; set; }

    public async ValueTask InitializeAsync()
    {
        var world = await app.SharedAsync("manual-tasks", async a =>
        {
            var call = await (await a.Administrator.PostJsonAsync("/api/tasking/task-types", new { name = "Call the client (manual)", sortOrder = 20 }))
                .ReadAsync<TaskTypeDto>(HttpStatusCode.Created);
            return new World(call, await HireAsync(a, "Ana", "Asia/Kolkata"), await HireAsync(a, "Rui", "America/Sao_Paulo"));
        });
        (Call, Ana, Rui) = (world.Call, world.Ana, world.Rui);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_task_made_on_an_order_card_belongs_to_the_order_and_its_client_and_shows_on_both_cards()
    {
        var (client, order) = await ClientWithOrderAsync();
        var known = await KnownSubjectAsync("order", order.Id);
        Assert.Equal(($"Order {order.Number}", "client", client.Id.ToString()), (known.Name, known.Owner!.Type, known.Owner.Id));
        Assert.Equal("Lúcia Fernandes", (await KnownSubjectAsync("client", client.Id)).Name);

        var due = app.Clock.GetUtcNow().AddHours(3);
        var aboutOrder = await CreateTaskAsync("Call about the brake pads", "order", order.Id, due);
        var aboutClient = await CreateTaskAsync("Wish a happy birthday", "client", client.Id, null);

        Assert.Equal($"Order {order.Number}", aboutOrder.Subject!.Name); // the card names the object
        Assert.Equal([aboutOrder.Id], await ListAsync($"subjectType=order&subjectId={order.Id}"));
        Assert.Equal([aboutClient.Id], await ListAsync($"subjectType=client&subjectId={client.Id}"));
        Assert.Equal([aboutClient.Id, aboutOrder.Id], await ListAsync($"subjectType=client&subjectId={client.Id}&includeRelated=true"));
        var counted = await (await Ana.Client.GetAsync($"/api/tasking/tasks/count?subjectType=client&subjectId={client.Id}&includeRelated=true")).ReadAsync<CappedCount>();
        Assert.Equal(2, counted.Value);

        var orderCard = await OrderCardAsync(order.Id, card => card.OpenTasks.Any(t => t.Id == aboutOrder.Id));
        var listed = Assert.Single(orderCard.OpenTasks, t => t.Id == aboutOrder.Id);
        Assert.Equal((aboutOrder.Number, "Call about the brake pads", CardTaskStatus.New, (CardTaskAssigneeDto?)null), (listed.Number, listed.Title, listed.Status, listed.Assignee));
        Assert.Equal(due, listed.DueAt);
        Assert.Equal(TimeSpan.FromHours(5.5), listed.DueAt!.Value.Offset); // Ana reads it in Kolkata time
        var clientCard = await ClientCardAsync(client.Id, card => card.OpenTasks.Count == 2);
        Assert.Equal([aboutClient.Id, aboutOrder.Id], clientCard.OpenTasks.Select(t => t.Id)); // newest first
        Assert.Equal(order.Id, clientCard.OpenTasks.Single(t => t.Id == aboutOrder.Id).OrderId);

        await (await Rui.Client.PostAsync($"/api/tasking/tasks/{aboutOrder.Id}/take", null)).ReadAsync<TaskDto>();
        var taken = await OrderCardAsync(order.Id, card => card.OpenTasks.Any(t => t.Id == aboutOrder.Id && t.Assignee is not null));
        Assert.Equal((CardTaskStatus.InProgress, "Rui"), (taken.OpenTasks[0].Status, taken.OpenTasks[0].Assignee!.Name));

        await (await Rui.Client.PostJsonAsync($"/api/tasking/tasks/{aboutOrder.Id}/complete", new { result = "done", comment = "Pads ordered" })).ReadAsync<TaskDto>();
        await OrderCardAsync(order.Id, card => card.OpenTasks.All(t => t.Id != aboutOrder.Id));
        Assert.Equal([aboutClient.Id], (await ClientCardAsync(client.Id, card => card.OpenTasks.Count == 1)).OpenTasks.Select(t => t.Id));
    }

    [Fact]
    public async Task A_redirected_task_leaves_the_order_card_and_its_follow_up_takes_its_place()
    {
        var (_, order) = await ClientWithOrderAsync();
        await KnownSubjectAsync("order", order.Id);
        var task = await CreateTaskAsync("Agree the delivery date", "order", order.Id, null);
        await OrderCardAsync(order.Id, card => card.OpenTasks.Any(t => t.Id == task.Id));

        var redirected = await (await Rui.Client.PostJsonAsync($"/api/tasking/tasks/{task.Id}/redirect", new
        {
            addressee = new { kind = "Employee", id = Ana.Employee.Id },
            comment = "Ana knows the supplier",
        })).ReadAsync<TaskDto>();

        var followUpId = redirected.RedirectedToId!.Value;
        var card = await OrderCardAsync(order.Id, c => c.OpenTasks.All(t => t.Id != task.Id) && c.OpenTasks.Any(t => t.Id == followUpId));
        Assert.Equal("Agree the delivery date", Assert.Single(card.OpenTasks, t => t.Id == followUpId).Title);
    }

    [Fact]
    public async Task A_renamed_client_shows_under_the_new_name_on_its_tasks()
    {
        var (client, _) = await ClientWithOrderAsync();
        await KnownSubjectAsync("client", client.Id);
        var task = await CreateTaskAsync("Send the invoice", "client", client.Id, null);
        Assert.Equal("Lúcia Fernandes", task.Subject!.Name);

        (await Admin.PutAsJsonAsync($"/api/sales/clients/{client.Id}", new { name = "Lúcia Fernandes Costa", email = client.Email, phone = client.Phone, telegram = client.Telegram, timeZone = "Europe/Lisbon" }, Json.Options))
            .EnsureSuccessStatusCode();

        await Eventually.HoldsAsync(() => KnownSubjectAsync("client", client.Id), s => s.Name == "Lúcia Fernandes Costa", "Tasking heard of the new name");
        var card = await (await Ana.Client.GetAsync($"/api/tasking/tasks/{task.Id}")).ReadAsync<TaskDto>();
        Assert.Equal("Lúcia Fernandes Costa", card.Subject!.Name);
    }

    [Fact]
    public async Task A_task_about_a_client_or_order_nobody_knows_is_refused()
    {
        foreach (var type in new[] { "order", "client" })
        {
            var problem = await (await Ana.Client.PostJsonAsync("/api/tasking/tasks", NewTask("Call", type, Guid.NewGuid().ToString(), null)))
                .ProblemAsync(HttpStatusCode.BadRequest);
            Assert.NotEmpty(problem.FieldErrors("subject.id"));
        }

        // Objects of modules that do not describe them to Tasking yet are taken as given.
        await (await Ana.Client.PostJsonAsync("/api/tasking/tasks", NewTask("Check the car", "work-order", "WO-77", null))).ReadAsync<TaskDto>(HttpStatusCode.Created);
        await (await Ana.Client.GetAsync($"/api/tasking/subjects/order/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_arbitrary_task_hands_the_shift_over_to_any_employee_who_closes_it_with_a_result_text()
    {
        var now = app.Clock.GetUtcNow();
        var handover = await (await Ana.Client.PostJsonAsync("/api/tasking/tasks/arbitrary", new
        {
            typeId = Call.Id,
            title = "Shift handover: call Mr Costa back about his quote",
            employeeId = Rui.Employee.Id,
        })).ReadAsync<TaskDto>(HttpStatusCode.Created);
        Assert.Equal(("Rui", AddresseeKind.Employee, now), (handover.Addressee.Name, handover.Addressee.Kind, handover.DueAt)); // due at once
        Assert.All(handover.Results, r => Assert.True(r.RequiresComment));

        var ruisList = await (await Rui.Client.GetAsync("/api/tasking/tasks?ownership=All")).ReadAsync<KeysetPage<TaskSummaryDto>>();
        Assert.Contains(ruisList.Items, t => t.Id == handover.Id);
        await (await Rui.Client.PostAsync($"/api/tasking/tasks/{handover.Id}/take", null)).ReadAsync<TaskDto>();
        var bar = await (await Rui.Client.GetAsync("/api/tasking/bar")).ReadAsync<BarDto>();
        Assert.Contains(bar.MyDue, t => t.Id == handover.Id);

        var silent = await (await Rui.Client.PostJsonAsync($"/api/tasking/tasks/{handover.Id}/complete", new { result = "done" })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("task.comment-required", silent.Code());
        await (await Rui.Client.PostJsonAsync($"/api/tasking/tasks/{handover.Id}/complete", new { result = "done", comment = "Called; he accepts the quote" })).ReadAsync<TaskDto>();

        var seenByAna = await (await Ana.Client.GetAsync($"/api/tasking/tasks/{handover.Id}")).ReadAsync<TaskDto>();
        Assert.Equal((WorkTaskStatus.Done, "Called; he accepts the quote", "Rui"), (seenByAna.Status, seenByAna.Result!.Comment, seenByAna.Result.CompletedBy!.Name));
        var unknown = await (await Ana.Client.PostJsonAsync("/api/tasking/tasks/arbitrary", new { typeId = Call.Id, title = "x", employeeId = Guid.NewGuid() }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(unknown.FieldErrors("employeeId"));
    }

    private async Task<(ClientCardDto Client, OrderDto Order)> ClientWithOrderAsync()
    {
        var client = await (await Admin.PostJsonAsync("/api/sales/clients", new
        {
            name = "Lúcia Fernandes",
            email = $"lucia.{Guid.NewGuid():N}@example.com",
            phone = "+351 912 000 111",
            timeZone = "Europe/Lisbon",
        })).ReadAsync<ClientCardDto>(HttpStatusCode.Created);
        var order = await (await Admin.PostJsonAsync("/api/sales/orders", new
        {
            clientId = client.Id,
            positions = new[] { new { offer = "Brake pads", price = 80m, quantity = 1 } },
        })).ReadAsync<OrderDto>(HttpStatusCode.Created);
        return (client, order);
    }

    /// <summary>Tasking hears of Sales' objects through the outbox: wait until it knows this one.</summary>
    private Task<SubjectEntryDto> KnownSubjectAsync(string type, Guid id) => Eventually.HoldsAsync(
        async () =>
        {
            var response = await Ana.Client.GetAsync($"/api/tasking/subjects/{type}/{id}");
            return response.StatusCode == HttpStatusCode.OK ? await response.ReadAsync<SubjectEntryDto>() : null;
        },
        entry => entry is not null,
        $"Tasking knows {type} {id}")!;

    private object NewTask(string title, string subjectType, string subjectId, DateTimeOffset? dueAt) => new
    {
        typeId = Call.Id,
        title,
        subject = new { type = subjectType, id = subjectId },
        addressee = new { kind = "Employee", id = Rui.Employee.Id },
        dueAt,
    };

    private async Task<TaskDto> CreateTaskAsync(string title, string subjectType, Guid subjectId, DateTimeOffset? dueAt) =>
        await (await Ana.Client.PostJsonAsync("/api/tasking/tasks", NewTask(title, subjectType, subjectId.ToString(), dueAt))).ReadAsync<TaskDto>(HttpStatusCode.Created);

    private async Task<List<Guid>> ListAsync(string query) =>
        [.. (await (await Ana.Client.GetAsync($"/api/tasking/tasks?{query}")).ReadAsync<KeysetPage<TaskSummaryDto>>()).Items.Select(t => t.Id)];

    private Task<OrderDto> OrderCardAsync(Guid id, Func<OrderDto, bool> until) => Eventually.HoldsAsync(
        async () => await (await Ana.Client.GetAsync($"/api/sales/orders/{id}")).ReadAsync<OrderDto>(), until, "the order card shows the change");

    private Task<ClientCardDto> ClientCardAsync(Guid id, Func<ClientCardDto, bool> until) => Eventually.HoldsAsync(
        async () => await (await Ana.Client.GetAsync($"/api/sales/clients/{id}")).ReadAsync<ClientCardDto>(), until, "the client card shows the change");

    private static async Task<(HttpClient, EmployeeDto)> HireAsync(ApiFixture a, string name, string zone)
    {
        var employee = await (await a.Administrator.PostJsonAsync("/api/tasking/employees", new { name, timeZone = zone }))
            .ReadAsync<EmployeeDto>(HttpStatusCode.Created);
        return (a.Factory.ClientFor(employee.Id, name, zone), employee);
    }

    private sealed record World(TaskTypeDto Call, (HttpClient, EmployeeDto) Ana, (HttpClient, EmployeeDto) Rui);
}

[Trait("Provider", "Sqlite")]
public sealed class ManualTaskSqliteTests(SqliteApi app) : ManualTaskTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class ManualTaskPostgresTests(PostgresApi app) : ManualTaskTests(app), IClassFixture<PostgresApi>;
