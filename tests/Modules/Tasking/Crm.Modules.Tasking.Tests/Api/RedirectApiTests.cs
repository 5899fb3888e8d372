using System.Net;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Modules.Tasking.Contracts;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Tasking.Tests.Api;

/// <summary>Redirecting a task to an employee or a position, as seed 004 describes, through HTTP only.</summary>
public abstract class RedirectApiTests(ApiFixture app) : IAsyncLifetime
{
    private TaskingWorld World { get; set; } = null!;

    private HttpClient Alice => World.AliceClient;

    public async ValueTask InitializeAsync() => World = await TaskingWorld.OfAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Redirecting_to_an_employee_closes_the_task_and_they_get_a_follow_up_they_can_complete()
    {
        var (carol, carolId) = await World.HireAsync("Carol");
        var task = await World.NewCallTaskAsync();

        var closed = await (await Alice.PostJsonAsync($"/api/tasking/tasks/{task.Id}/redirect", new
        {
            addressee = new { kind = "Employee", id = carolId },
            comment = "Carol handles this client",
        })).ReadAsync<TaskDto>();

        Assert.Equal(WorkTaskStatus.Done, closed.Status);
        Assert.Equal(("redirected", "Redirected", "Carol handles this client"), (closed.Result!.Code, closed.Result.Name, closed.Result.Comment));
        Assert.Equal(World.Alice.Id, closed.Assignee!.Id); // a free task is taken by acting on it
        var followUpId = closed.RedirectedToId!.Value;
        var history = await (await Alice.GetAsync($"/api/tasking/tasks/{task.Id}/history")).ReadAsync<List<TaskHistoryEntryDto>>();
        Assert.Equal((TaskAction.Redirected, "Alice"), (history[^1].Action, history[^1].By!.Name));
        Assert.StartsWith("To employee Carol", history[^1].Details);

        var mine = await (await carol.GetAsync("/api/tasking/tasks?limit=200")).ReadAsync<KeysetPage<TaskSummaryDto>>();
        Assert.Contains(mine.Items, t => t.Id == followUpId);
        var followUp = await (await carol.GetAsync($"/api/tasking/tasks/{followUpId}")).ReadAsync<TaskDto>();
        Assert.Equal(("Task redirected", "Carol", task.Id), (followUp.Type.Name, followUp.Addressee.Name, followUp.RedirectedFromId!.Value));
        Assert.Equal((task.Title, task.Subject, WorkTaskStatus.New), (followUp.Title, followUp.Subject, followUp.Status));
        Assert.Equal(["reached", "no-answer", "refusal"], followUp.Results.Select(r => r.Code));
        Assert.Equal(("Carol handles this client", "Alice"), (Assert.Single(followUp.Comments).Text, followUp.Comments[0].Author.Name));

        var done = await (await carol.PostJsonAsync($"/api/tasking/tasks/{followUpId}/complete", new { result = "refusal", reason = "Too expensive" })).ReadAsync<TaskDto>();
        Assert.Equal(("refusal", "Too expensive", "Carol"), (done.Result!.Code, done.Result.Reason, done.Result.CompletedBy!.Name));

        var redirected = Assert.Single(await app.Factory.Events.WaitForAsync<TaskRedirectedIntegrationEvent>(e => e.TaskId == task.Id));
        Assert.Equal((followUpId, "Employee", carolId, false), (redirected.FollowUpTaskId, redirected.AddresseeKind, redirected.AddresseeId, redirected.CallClientBack));
        await app.Factory.Events.WaitForAsync<TaskCompletedIntegrationEvent>(e => e.TaskId == followUpId);
        Assert.DoesNotContain(app.Factory.Events.OfType<TaskCompletedIntegrationEvent>(), e => e.TaskId == task.Id);
    }

    [Fact]
    public async Task Redirecting_to_a_position_with_a_call_back_opens_a_call_due_at_the_chosen_moment()
    {
        var position = await (await app.Administrator.PostJsonAsync("/api/tasking/positions", new { name = "Master consultant" })).ReadAsync<NamedDto>(HttpStatusCode.Created);
        var dave = await (await app.Administrator.PostJsonAsync("/api/tasking/employees", new { name = "Dave", timeZone = "Europe/Lisbon", positionIds = new[] { position.Id } }))
            .ReadAsync<NamedDto>(HttpStatusCode.Created);
        var daveClient = app.Factory.ClientFor(dave.Id, "Dave");
        var task = await World.NewCallTaskAsync();
        var url = $"/api/tasking/tasks/{task.Id}/redirect";
        var callBackAt = app.Clock.GetUtcNow().AddDays(1);

        var noMoment = await (await Alice.PostJsonAsync(url, new { addressee = new { kind = "Position", id = position.Id }, callClientBack = true })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(noMoment.FieldErrors("dueAt"));
        var nobody = await (await Alice.PostJsonAsync(url, new { addressee = new { kind = "Position", id = Guid.NewGuid() } })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(nobody.FieldErrors("addressee.id"));
        var department = await (await Alice.PostJsonAsync(url, new { addressee = new { kind = "Department", id = Guid.NewGuid() } })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(department.FieldErrors("addressee.kind"));
        Assert.Equal(HttpStatusCode.NotFound, (await Alice.PostJsonAsync($"/api/tasking/tasks/{Guid.NewGuid()}/redirect", new { addressee = new { kind = "Position", id = position.Id } })).StatusCode);

        var closed = await (await Alice.PostJsonAsync(url, new { addressee = new { kind = "Position", id = position.Id }, callClientBack = true, dueAt = callBackAt }))
            .ReadAsync<TaskDto>();
        var followUp = await (await daveClient.GetAsync($"/api/tasking/tasks/{closed.RedirectedToId}")).ReadAsync<TaskDto>();
        Assert.Equal(("Call the client back", TaskKind.Call, "Master consultant"), (followUp.Type.Name, followUp.Kind, followUp.Addressee.Name));
        Assert.Equal(callBackAt, followUp.DueAt);
        Assert.Equal(TimeSpan.Zero, followUp.DueAt!.Value.Offset); // Lisbon in winter, Dave's zone
        var taken = await (await daveClient.PostAsync($"/api/tasking/tasks/{followUp.Id}/take", null)).ReadAsync<TaskDto>();
        Assert.Equal("Dave", taken.Assignee!.Name);

        Assert.Equal("task.closed", (await (await Alice.PostJsonAsync(url, new { addressee = new { kind = "Position", id = position.Id } })).ProblemAsync(HttpStatusCode.Conflict)).Code());
    }

    [Fact]
    public async Task Redirecting_is_for_whoever_may_act_and_refuses_a_stale_version()
    {
        var task = await World.NewCallTaskAsync();
        var etag = (await Alice.GetAsync($"/api/tasking/tasks/{task.Id}")).Headers.ETag!.Tag;
        await World.BobClient.PostAsync($"/api/tasking/tasks/{task.Id}/take", null);
        var body = new { addressee = new { kind = "Employee", id = World.Alice.Id } };

        Assert.Equal("task.already-taken", (await (await Alice.PostJsonAsync($"/api/tasking/tasks/{task.Id}/redirect", body)).ProblemAsync(HttpStatusCode.Conflict)).Code());
        using var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/tasking/tasks/{task.Id}/redirect") { Content = JsonContent(body) };
        stale.Headers.TryAddWithoutValidation("If-Match", etag);
        Assert.Equal("concurrency.stale", (await (await World.BobClient.SendAsync(stale)).ProblemAsync(HttpStatusCode.Conflict)).Code());

        var handedBack = await (await World.BobClient.PostJsonAsync($"/api/tasking/tasks/{task.Id}/redirect", body)).ReadAsync<TaskDto>();
        Assert.Equal(("redirected", "Bob"), (handedBack.Result!.Code, handedBack.Result.CompletedBy!.Name));
    }

    [Fact]
    public async Task A_redirected_process_task_keeps_the_process_waiting_and_its_follow_up_answers_it()
    {
        var request = World.CallRequest(reaction: TimeSpan.FromMinutes(30));
        var task = await World.ProcessTaskAsync(request);

        var closed = await (await Alice.PostJsonAsync($"/api/tasking/tasks/{task.Id}/redirect", new { addressee = new { kind = "Employee", id = World.Bob.Id } }))
            .ReadAsync<TaskDto>();
        var followUp = await (await World.BobClient.GetAsync($"/api/tasking/tasks/{closed.RedirectedToId}")).ReadAsync<TaskDto>();
        Assert.Equal((request.RequestId, request.ProcessInstanceId), (followUp.Process!.RequestId, followUp.Process.InstanceId));
        Assert.Equal(["paid", "later", "other"], followUp.Results.Select(r => r.Code));
        Assert.Equal((TaskKind.Call, TimeSpan.FromMinutes(30)), (followUp.Kind, followUp.ReactionTime));

        await (await World.BobClient.PostJsonAsync($"/api/tasking/tasks/{followUp.Id}/complete", new { result = "paid" })).ReadAsync<TaskDto>();
        var answer = Assert.Single(await app.Factory.Events.WaitForAsync<TaskCompletedIntegrationEvent>(e => e.TaskId == followUp.Id));
        Assert.Equal((request.RequestId, "paid"), (answer.ProcessRequestId, answer.ResultCode));
        var redirected = Assert.Single(await app.Factory.Events.WaitForAsync<TaskRedirectedIntegrationEvent>(e => e.TaskId == task.Id));
        Assert.Equal(request.RequestId, redirected.ProcessRequestId);

        // The original is history: deleting it must not withdraw the request the follow-up answered.
        Assert.Equal(HttpStatusCode.NoContent, (await app.Administrator.DeleteAsync($"/api/tasking/tasks/{task.Id}")).StatusCode);
        var deleted = Assert.Single(await app.Factory.Events.WaitForAsync<TaskDeletedIntegrationEvent>(e => e.TaskId == task.Id));
        Assert.Null(deleted.ProcessRequestId);
        Assert.DoesNotContain(app.Factory.Events.OfType<TaskCompletedIntegrationEvent>(), e => e.TaskId == task.Id);
        Assert.DoesNotContain(app.Factory.Events.OfType<TaskCancelledIntegrationEvent>(), e => e.TaskId == task.Id);
    }

    private static HttpContent JsonContent<T>(T body) => System.Net.Http.Json.JsonContent.Create(body, options: Json.Options);

    private sealed record NamedDto(Guid Id, string Name);
}

[Trait("Provider", "Sqlite")]
public sealed class RedirectApiSqliteTests(SqliteApi app) : RedirectApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class RedirectApiPostgresTests(PostgresApi app) : RedirectApiTests(app), IClassFixture<PostgresApi>;
