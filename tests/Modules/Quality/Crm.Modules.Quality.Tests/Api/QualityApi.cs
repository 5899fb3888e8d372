using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Modules.Quality.Application.Complaints;
using Crm.Modules.Quality.Application.Staff.ListStaff;
using Crm.Modules.Quality.Application.Violations;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Quality.Tests.Api;

/// <summary>What the complaint and violation tests do through HTTP: hire employees, register, act with If-Match, find tasks.</summary>
internal static class QualityApi
{
    public const string Complaints = "/api/quality/complaints";
    public const string Violations = "/api/quality/violations";

    /// <summary>A new employee hired in Tasking, signed in, once Quality's copy of the staff knows them (and the administrator, a supervisor).</summary>
    public static async Task<(HttpClient Client, Guid Id)> HireAsync(this ApiFixture app, string name, params Guid[] positionIds)
    {
        var hired = await app.Administrator.PostJsonAsync("/api/tasking/employees", new { name, timeZone = "UTC", positionIds });
        var id = (await hired.ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Eventually.HoldsAsync(
            async () => await (await app.Administrator.GetAsync("/api/quality/staff")).ReadAsync<List<QualityEmployeeDto>>(),
            staff => staff.Any(e => e.Id == id) && staff.Any(e => e.Id == app.AdministratorId && e.IsSupervisor),
            $"Quality's copy of {name} and of the supervisor");
        return (app.Factory.ClientFor(id, name), id);
    }

    /// <summary>A new position in Tasking, through the API.</summary>
    public static async Task<Guid> NewPositionAsync(this ApiFixture app, string name) =>
        (await (await app.Administrator.PostJsonAsync("/api/tasking/positions", new { name = $"{name} {Guid.NewGuid():N}" })).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public static Task<HttpResponseMessage> ComplainAsync(this HttpClient client, Guid employeeId, string gist = "The car came back dirty", Guid? subjectId = null) =>
        client.PostJsonAsync(Complaints, new { clientId = Guid.NewGuid(), subjectType = "work-order", subjectId = subjectId ?? Guid.NewGuid(), gist, employeeId });

    public static async Task<ComplaintDto> ComplaintAsync(this ApiFixture app, Guid employeeId, string gist = "The car came back dirty") =>
        await (await app.Administrator.ComplainAsync(employeeId, gist)).ReadAsync<ComplaintDto>(HttpStatusCode.Created);

    public static async Task<ViolationDto> ViolationAsync(this ApiFixture app, Guid employeeId, string description = "Late for the shift") =>
        await (await app.Administrator.PostJsonAsync(Violations, new { employeeId, description })).ReadAsync<ViolationDto>(HttpStatusCode.Created);

    /// <summary>A change sent with the card's version as If-Match.</summary>
    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string url, object body, int version)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body, options: Json.Options) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        return client.SendAsync(request);
    }

    /// <summary>The open task with <paramref name="title"/> about the object, as <paramref name="employee"/> sees it.</summary>
    public static Task<JsonElement> TaskAsync(this HttpClient employee, string objectType, Guid id, string title) =>
        Eventually.HoldsAsync(
            async () => (await (await employee.GetAsync($"/api/tasking/tasks?subjectType={objectType}&subjectId={id}")).ReadAsync<JsonElement>())
                .GetProperty("items").EnumerateArray().FirstOrDefault(t => t.GetProperty("title").GetString() == title),
            t => t.ValueKind == JsonValueKind.Object, $"'{title}' about {objectType} {id} among the employee's tasks");

    public static async Task ClosedByItselfAsync(this ApiFixture app, JsonElement task, string result)
    {
        var closed = await Eventually.HoldsAsync(
            async () => await (await app.Administrator.GetAsync($"/api/tasking/tasks/{task.GetProperty("id").GetGuid()}")).ReadAsync<JsonElement>(),
            t => t.GetProperty("status").GetString() == "Done", $"task {task.GetProperty("id")} done");
        Assert.Equal((result, true), (closed.GetProperty("result").GetProperty("code").GetString(), closed.GetProperty("result").GetProperty("closedByItself").GetBoolean()));
    }

    /// <summary>The outcome of the finished process <paramref name="name"/> on the object, and that it never had an incident.</summary>
    public static async Task<string?> OutcomeAsync(this ApiFixture app, string objectType, Guid id, string name)
    {
        var instance = await Eventually.HoldsAsync(
            async () => (await (await app.Administrator.GetAsync($"/api/processes/instances?objectType={objectType}&objectId={id}")).ReadAsync<JsonElement>())
                .EnumerateArray().FirstOrDefault(i => i.GetProperty("processName").GetString() == name),
            i => i.ValueKind == JsonValueKind.Object && i.GetProperty("state").GetString() == "Finished", $"'{name}' on {objectType} {id} finished");
        Assert.False(instance.GetProperty("hasIncident").GetBoolean());
        return instance.GetProperty("outcome").GetString();
    }
}
