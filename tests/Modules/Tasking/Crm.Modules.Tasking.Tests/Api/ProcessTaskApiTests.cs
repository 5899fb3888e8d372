using System.Net;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.BuildingBlocks.Contracts;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Modules.Tasking.Contracts;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Tasking.Tests.Api;

/// <summary>Tasks the process engine asks for, as the executors see and answer them.</summary>
public abstract class ProcessTaskApiTests(ApiFixture app) : IAsyncLifetime
{
    private TaskingWorld World { get; set; } = null!;

    private HttpClient Alice => World.AliceClient;

    public async ValueTask InitializeAsync() => World = await TaskingWorld.OfAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_process_request_becomes_one_task_for_the_executors_with_the_blocks_answers()
    {
        var request = World.CallRequest(reaction: TimeSpan.FromMinutes(30));
        await World.DeliverAsync(request);
        var summary = await World.ProcessTaskAsync(request); // delivered twice: still one task

        var card = await (await Alice.GetAsync($"/api/tasking/tasks/{summary.Id}")).ReadAsync<TaskDto>();
        Assert.Equal(TaskKind.Call, card.Kind);
        Assert.Equal("Process call", card.Type.Name);
        Assert.Equal("Hello! Will you pay today?", card.Description);
        Assert.Equal((request.ProcessInstanceId, request.RequestId, "Unpaid order", "call-1"), (card.Process!.InstanceId, card.Process.RequestId, card.Process.Name, card.Process.BlockId));
        Assert.Equal((AddresseeKind.ProcessExecutors, "Unpaid order"), (card.Addressee.Kind, card.Addressee.Name));
        Assert.Equal(["paid", "later", "other"], card.Results.Select(r => r.Code));
        Assert.True(card.Results[1].AsksForMoment);
        Assert.Equal(TimeSpan.FromMinutes(30), card.ReactionTime);
        Assert.Equal(app.Clock.GetUtcNow().AddMinutes(30), card.TimeoutAt);
        Assert.Null(card.TimedOutAt);
    }

    [Fact]
    public async Task Answering_needs_one_of_the_answers_and_what_that_answer_asks_for_and_tells_the_process()
    {
        var request = World.CallRequest();
        var task = await World.ProcessTaskAsync(request);
        var url = $"/api/tasking/tasks/{task.Id}/complete";

        Assert.Equal("task.unknown-result", (await (await Alice.PostJsonAsync(url, new { result = "done" })).ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        Assert.Equal("task.moment-required", (await (await Alice.PostJsonAsync(url, new { result = "later" })).ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        Assert.Equal("task.comment-required", (await (await Alice.PostJsonAsync(url, new { result = "other" })).ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());

        var moment = new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.FromHours(5.5));
        var done = await (await Alice.PostJsonAsync(url, new { result = "later", moment })).ReadAsync<TaskDto>();
        Assert.Equal(WorkTaskStatus.Done, done.Status);
        Assert.Equal(("later", "Will pay later", moment), (done.Result!.Code, done.Result.Name, done.Result.ChosenMoment!.Value));

        var answer = Assert.Single(await app.Factory.Events.WaitForAsync<TaskCompletedIntegrationEvent>(e => e.TaskId == task.Id));
        Assert.Equal((request.RequestId, moment.UtcDateTime, "later"), (answer.ProcessRequestId, answer.ChosenMomentUtc, answer.ResultCode));
    }

    [Fact]
    public async Task A_task_block_naming_a_type_closes_with_that_types_results()
    {
        var request = World.CallRequest() with { Kind = HumanTaskRequestedIntegrationEvent.TaskKind, TaskTypeId = World.Call.Id };
        var task = await World.ProcessTaskAsync(request);

        var card = await (await Alice.GetAsync($"/api/tasking/tasks/{task.Id}")).ReadAsync<TaskDto>();
        Assert.Equal("Call the client", card.Type.Name);
        Assert.Equal(["reached", "no-answer", "refusal"], card.Results.Select(r => r.Code));
    }

    [Fact]
    public async Task Only_executors_and_the_administrator_see_a_process_task_and_take_it_others_take_it_by_acting()
    {
        var task = await World.ProcessTaskAsync(World.CallRequest());
        var carol = await StaffAsync("Carol");

        Assert.Equal(HttpStatusCode.NotFound, (await carol.GetAsync($"/api/tasking/tasks/{task.Id}")).StatusCode);
        var carolsList = await (await carol.GetAsync("/api/tasking/tasks?limit=200")).ReadAsync<KeysetPage<TaskSummaryDto>>();
        Assert.DoesNotContain(carolsList.Items, t => t.Id == task.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await carol.PostAsync($"/api/tasking/tasks/{task.Id}/take", null)).StatusCode);

        var takenByAdministrator = await (await app.Administrator.PostAsync($"/api/tasking/tasks/{task.Id}/take", null)).ReadAsync<TaskDto>();
        Assert.Equal(app.AdministratorId, takenByAdministrator.Assignee!.Id); // not an executor, but the main administrator (ADR 0046)

        var postponedOne = await World.ProcessTaskAsync(World.CallRequest());
        var postponed = await (await app.Administrator.PostJsonAsync($"/api/tasking/tasks/{postponedOne.Id}/postpone", new { until = app.Clock.GetUtcNow().AddHours(1) }))
            .ReadAsync<TaskDto>();
        Assert.Equal(app.AdministratorId, postponed.Assignee!.Id);

        var other = await World.ProcessTaskAsync(World.CallRequest());
        var taken = await (await World.BobClient.PostAsync($"/api/tasking/tasks/{other.Id}/take", null)).ReadAsync<TaskDto>();
        Assert.Equal(World.Bob.Id, taken.Assignee!.Id);
    }

    [Fact]
    public async Task Department_executors_see_the_processes_tasks()
    {
        var department = await (await app.Administrator.PostJsonAsync("/api/tasking/departments", new { name = "Workshop" })).ReadAsync<NamedDto>(HttpStatusCode.Created);
        var dave = await StaffAsync("Dave", department.Id);
        var request = World.CallRequest() with { Executors = [new ExecutorReference("Department", department.Id)] };
        var task = await World.ProcessTaskAsync(request);

        var taken = await (await dave.PostAsync($"/api/tasking/tasks/{task.Id}/take", null)).ReadAsync<TaskDto>();
        Assert.Equal("Dave", taken.Assignee!.Name);
        Assert.Equal(HttpStatusCode.NotFound, (await Alice.GetAsync($"/api/tasking/tasks/{task.Id}")).StatusCode);
    }

    [Fact]
    public async Task When_the_process_ends_its_open_tasks_are_cancelled()
    {
        var instance = Guid.NewGuid();
        var open = await World.ProcessTaskAsync(World.CallRequest(instanceId: instance));
        var answered = await World.ProcessTaskAsync(World.CallRequest(instanceId: instance));
        await Alice.PostJsonAsync($"/api/tasking/tasks/{answered.Id}/complete", new { result = "paid" });

        await World.DeliverAsync(new ProcessInstanceEndedIntegrationEvent(instance, Guid.NewGuid(), "Unpaid order", new ObjectReference("order", "x"), "paid", Cancelled: false));

        var cancelled = await (await Alice.GetAsync($"/api/tasking/tasks/{open.Id}")).ReadAsync<TaskDto>();
        Assert.Equal(WorkTaskStatus.Cancelled, cancelled.Status);
        var history = await (await Alice.GetAsync($"/api/tasking/tasks/{open.Id}/history")).ReadAsync<List<TaskHistoryEntryDto>>();
        Assert.Equal(TaskAction.Cancelled, history[^1].Action);
        Assert.Null(history[^1].By);
        Assert.Equal(WorkTaskStatus.Done, (await (await Alice.GetAsync($"/api/tasking/tasks/{answered.Id}")).ReadAsync<TaskDto>()).Status);
        Assert.Single(await app.Factory.Events.WaitForAsync<TaskCancelledIntegrationEvent>(e => e.TaskId == open.Id));
    }

    private async Task<HttpClient> StaffAsync(string name, Guid? departmentId = null)
    {
        var employee = await (await app.Administrator.PostJsonAsync("/api/tasking/employees", new { name, timeZone = "Europe/Lisbon", departmentId }))
            .ReadAsync<NamedDto>(HttpStatusCode.Created);
        return app.Factory.ClientFor(employee.Id, name);
    }

    private sealed record NamedDto(Guid Id, string Name);
}

[Trait("Provider", "Sqlite")]
public sealed class ProcessTaskApiSqliteTests(SqliteApi app) : ProcessTaskApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class ProcessTaskApiPostgresTests(PostgresApi app) : ProcessTaskApiTests(app), IClassFixture<PostgresApi>;
