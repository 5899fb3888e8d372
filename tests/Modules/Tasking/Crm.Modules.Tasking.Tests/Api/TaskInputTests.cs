using System.Net;
using System.Text;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Tasking.Tests.Api;

/// <summary>Bad input gets a clear problem naming the field at fault, and changes nothing.</summary>
public abstract class TaskInputTests(ApiFixture app) : IAsyncLifetime
{
    private TaskingWorld _world = null!;

    private HttpClient Alice => _world.AliceClient;

    public async ValueTask InitializeAsync() => _world = await TaskingWorld.OfAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private object ValidTask(Action<Dictionary<string, object?>>? change = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["typeId"] = _world.Call.Id,
            ["title"] = "Call the client",
            ["addressee"] = new { kind = "Position", id = _world.OperatorPositionId },
        };
        change?.Invoke(body);
        return body;
    }

    private async Task<string[]> FieldErrorsAsync(HttpResponseMessage response, string field) =>
        (await response.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors(field);

    private Task<HttpResponseMessage> PostRawAsync(string url, string json) =>
        Alice.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Missing_and_too_long_fields_are_named()
    {
        var response = await Alice.PostJsonAsync("/api/tasking/tasks", ValidTask(b =>
        {
            b.Remove("title");
            b["addressee"] = new { kind = "Position" };
        }));
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("title"));
        Assert.NotEmpty(problem.FieldErrors("addressee.id"));

        Assert.NotEmpty(await FieldErrorsAsync(await Alice.PostJsonAsync("/api/tasking/tasks", ValidTask(b => b["title"] = new string('x', 301))), "title"));
    }

    [Fact]
    public async Task Malformed_json_wrong_types_unknown_enum_values_and_missing_bodies_are_400()
    {
        Assert.NotEmpty(await FieldErrorsAsync(await PostRawAsync("/api/tasking/tasks", "{\"title\": \"x\","), "body"));
        Assert.NotEmpty(await FieldErrorsAsync(await PostRawAsync("/api/tasking/tasks", "{\"title\": 42}"), "title"));
        Assert.NotEmpty(await FieldErrorsAsync(await PostRawAsync("/api/tasking/tasks", "{\"dueAt\": \"next tuesday\"}"), "dueAt"));
        Assert.NotEmpty(await FieldErrorsAsync(await PostRawAsync("/api/tasking/tasks", "{\"addressee\": {\"kind\": \"Robot\"}}"), "addressee.kind"));
        Assert.NotEmpty(await FieldErrorsAsync(await PostRawAsync("/api/tasking/tasks", "{\"addressee\": {\"kind\": 1}}"), "addressee.kind"));
        Assert.NotEmpty(await FieldErrorsAsync(await Alice.PostAsync("/api/tasking/tasks", new StringContent(string.Empty, Encoding.UTF8, "application/json")), "body"));
        Assert.NotEmpty(await FieldErrorsAsync(await PostRawAsync($"/api/tasking/tasks/{Guid.NewGuid()}/postpone", "{}"), "until"));
    }

    [Fact]
    public async Task Text_no_database_can_store_is_refused_not_a_server_error()
    {
        Assert.Contains("NUL", (await FieldErrorsAsync(await PostRawAsync("/api/tasking/tasks", "{\"title\": \"Call \\u0000 now\"}"), "title"))[0]);
        var listed = await Alice.GetAsync("/api/tasking/tasks?subjectType=order&subjectId=%00");
        Assert.True(listed.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"got {(int)listed.StatusCode}");
        Assert.True((await Alice.PostJsonAsync("/api/tasking/tasks", ValidTask(b => b["dueAt"] = "0001-01-01T00:00:00+05:00"))).StatusCode == HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Ids_that_name_nothing_are_field_errors_or_404()
    {
        Assert.NotEmpty(await FieldErrorsAsync(await Alice.PostJsonAsync("/api/tasking/tasks", ValidTask(b => b["typeId"] = Guid.NewGuid())), "typeId"));
        Assert.NotEmpty(await FieldErrorsAsync(
            await Alice.PostJsonAsync("/api/tasking/tasks", ValidTask(b => b["addressee"] = new { kind = "Employee", id = Guid.NewGuid() })), "addressee.id"));

        var unknown = Guid.NewGuid();
        await (await Alice.GetAsync($"/api/tasking/tasks/{unknown}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await Alice.PostAsync($"/api/tasking/tasks/{unknown}/take", null)).ProblemAsync(HttpStatusCode.NotFound);
        await (await Alice.GetAsync($"/api/tasking/tasks/{unknown}/history")).ProblemAsync(HttpStatusCode.NotFound);
        await (await Alice.GetAsync("/api/tasking/tasks/not-a-guid")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_list_parameters_are_named()
    {
        Assert.NotEmpty(await FieldErrorsAsync(await Alice.GetAsync("/api/tasking/tasks?status=Sleeping"), "status"));
        Assert.NotEmpty(await FieldErrorsAsync(await Alice.GetAsync("/api/tasking/tasks?status=42"), "statuses[0]"));
        Assert.NotEmpty(await FieldErrorsAsync(await Alice.GetAsync("/api/tasking/tasks?limit=0"), "limit"));
        Assert.NotEmpty(await FieldErrorsAsync(await Alice.GetAsync("/api/tasking/tasks?limit=many"), "limit"));
        Assert.NotEmpty(await FieldErrorsAsync(await Alice.GetAsync("/api/tasking/tasks?cursor=made-up"), "cursor"));
        Assert.NotEmpty(await FieldErrorsAsync(await Alice.GetAsync("/api/tasking/tasks?typeId=abc"), "typeId"));
    }

    [Fact]
    public async Task A_malformed_if_match_is_a_field_error()
    {
        var task = await _world.NewCallTaskAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tasking/tasks/{task.Id}/take");
        request.Headers.TryAddWithoutValidation("If-Match", "\"yesterday\"");
        Assert.NotEmpty(await FieldErrorsAsync(await Alice.SendAsync(request), "If-Match"));
        var unchanged = await (await Alice.GetAsync($"/api/tasking/tasks/{task.Id}")).ReadAsync<TaskDto>();
        Assert.Null(unchanged.Assignee);
    }

    [Fact]
    public async Task Only_signed_in_employees_reach_the_api_and_only_the_administrator_edits_directories()
    {
        var anonymous = app.Factory.CreateClient();
        await (await anonymous.GetAsync("/api/tasking/tasks")).ProblemAsync(HttpStatusCode.Unauthorized);

        var stranger = app.Factory.ClientFor(Guid.NewGuid(), "Not on the staff");
        await (await stranger.GetAsync("/api/tasking/tasks")).ProblemAsync(HttpStatusCode.Forbidden);

        await (await Alice.PostJsonAsync("/api/tasking/task-types", new { name = "Mine" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await Alice.PostJsonAsync("/api/tasking/employees", new { name = "Eve", timeZone = "UTC" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await Alice.PostJsonAsync("/api/tasking/positions", new { name = "Boss" })).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.NotEmpty(await FieldErrorsAsync(await app.Administrator.PostJsonAsync("/api/tasking/employees", new { name = "Eve", timeZone = "Mars/Olympus" }), "timeZone"));
        Assert.NotEmpty(await FieldErrorsAsync(
            await app.Administrator.PostJsonAsync("/api/tasking/task-types", new { name = "Dup", results = new[] { new { code = "a", name = "A" }, new { code = "A", name = "B" } } }),
            "results"));
    }
}

[Trait("Provider", "Sqlite")]
public sealed class TaskInputSqliteTests(SqliteApi app) : TaskInputTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class TaskInputPostgresTests(PostgresApi app) : TaskInputTests(app), IClassFixture<PostgresApi>;
