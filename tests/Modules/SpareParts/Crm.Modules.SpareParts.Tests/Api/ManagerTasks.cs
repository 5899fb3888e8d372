using System.Net;
using System.Text.Json;
using Crm.Modules.SpareParts.Application.CustomerOrders;
using Crm.Modules.SpareParts.Application.Processes;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.SpareParts.Tests.Api;

/// <summary>What the process tests do through HTTP as an order's manager: post orders, find and answer their tasks.</summary>
internal static class ManagerTasks
{
    /// <summary>A new employee (hired through the API, in no position) signed in, and their id.</summary>
    public static async Task<(HttpClient Client, Guid Id)> ManagerAsync(this ApiFixture app, string name)
    {
        var hired = await app.Administrator.PostJsonAsync("/api/tasking/employees", new { name, timeZone = "UTC", positionIds = Array.Empty<Guid>() });
        var id = (await hired.ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        return (app.Factory.ClientFor(id, name), id);
    }

    /// <summary>A new employee living in <paramref name="timeZone"/>, signed in: cards show them moments in their zone.</summary>
    public static async Task<HttpClient> ReaderAsync(this ApiFixture app, string timeZone)
    {
        var hired = await app.Administrator.PostJsonAsync("/api/tasking/employees", new { name = "Reader", timeZone, positionIds = Array.Empty<Guid>() });
        return app.Factory.ClientFor((await hired.ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid(), "Reader", timeZone);
    }

    /// <summary>A customer order of <paramref name="managerId"/> with one line, posted (what is in stock reserved).</summary>
    public static async Task<CustomerOrderDto> PostedForAsync(
        this ApiFixture app, Guid managerId, Guid warehouseId, (Guid PartId, decimal Quantity, DateTimeOffset? Deadline) line, Guid? workOrderId = null, Guid? bookingId = null, Guid? clientId = null)
    {
        var draft = await (await app.Administrator.PostJsonAsync($"{StockApi.Root}/customer-orders", new
        {
            clientId = clientId ?? Guid.NewGuid(), managerId, warehouseId, workOrderId, bookingId,
            lines = new[] { new { partId = line.PartId, quantity = line.Quantity, supplyDeadline = line.Deadline } },
        })).ReadAsync<CustomerOrderDto>(HttpStatusCode.Created);
        return await (await app.ActAsync(draft.Id, "post")).ReadAsync<CustomerOrderDto>();
    }

    /// <summary>The tasks about the order the employee sees (open ones unless asked).</summary>
    public static async Task<IReadOnlyList<JsonElement>> TasksAboutAsync(this HttpClient employee, Guid order, string statuses = "") =>
        (await (await employee.GetAsync($"/api/tasking/tasks?subjectType={SparePartsFacts.CustomerOrder}&subjectId={order}{statuses}")).ReadAsync<JsonElement>())
            .GetProperty("items").EnumerateArray().ToList();

    /// <summary>The open task with <paramref name="title"/> about the order, as its manager sees it.</summary>
    public static Task<JsonElement> TaskAsync(this HttpClient manager, Guid order, string title) =>
        Eventually.HoldsAsync(
            async () => (await manager.TasksAboutAsync(order)).FirstOrDefault(t => t.GetProperty("title").GetString() == title),
            t => t.ValueKind == JsonValueKind.Object, $"'{title}' about order {order} among the manager's tasks");

    public static async Task AnswerAsync(this HttpClient employee, JsonElement task, object answer)
    {
        var response = await employee.PostJsonAsync($"/api/tasking/tasks/{task.GetProperty("id").GetGuid()}/complete", answer);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public static async Task ClosedByItselfAsync(this ApiFixture app, JsonElement task, string result)
    {
        var closed = await Eventually.HoldsAsync(
            async () => await (await app.Administrator.GetAsync($"/api/tasking/tasks/{task.GetProperty("id").GetGuid()}")).ReadAsync<JsonElement>(),
            t => t.GetProperty("status").GetString() == "Done", $"task {task.GetProperty("id")} done");
        Assert.Equal((result, true), (closed.GetProperty("result").GetProperty("code").GetString(), closed.GetProperty("result").GetProperty("closedByItself").GetBoolean()));
    }

    /// <summary>The outcome of the finished process <paramref name="name"/> on the order, and that it never had an incident.</summary>
    public static async Task<string?> OutcomeAsync(this ApiFixture app, Guid order, string name)
    {
        var instance = await Eventually.HoldsAsync(
            async () => (await (await app.Administrator.GetAsync($"/api/processes/instances?objectType={SparePartsFacts.CustomerOrder}&objectId={order}")).ReadAsync<JsonElement>())
                .EnumerateArray().FirstOrDefault(i => i.GetProperty("processName").GetString() == name),
            i => i.ValueKind == JsonValueKind.Object && i.GetProperty("state").GetString() == "Finished", $"'{name}' on order {order} finished");
        Assert.False(instance.GetProperty("hasIncident").GetBoolean());
        return instance.GetProperty("outcome").GetString();
    }
}
