using System.Net;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Modules.Tasking.Contracts;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Tasking.Tests.Api;

/// <summary>A manager's day with tasks, through HTTP only. Runs on SQLite and on PostgreSQL (the subclasses below).</summary>
public abstract class TaskApiTests(ApiFixture app) : IAsyncLifetime
{
    protected TaskingWorld World { get; private set; } = null!;

    private HttpClient Alice => World.AliceClient;

    private HttpClient Bob => World.BobClient;

    public async ValueTask InitializeAsync() => World = await TaskingWorld.OfAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_new_task_shows_its_card_in_the_readers_time_zone()
    {
        var due = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
        var created = await World.NewCallTaskAsync(dueAt: due);

        Assert.Equal(WorkTaskStatus.New, created.Status);
        Assert.Equal("Call the client", created.Type.Name);
        Assert.Equal("Call-centre operator", created.Addressee.Name);
        Assert.Null(created.Assignee);
        Assert.Equal("Alice", created.CreatedBy!.Name);
        Assert.True(created.Number > 0);
        Assert.Equal(TimeSpan.FromHours(5.5), created.DueAt!.Value.Offset); // Alice's zone
        Assert.Equal(due, created.DueAt);

        var asSeenByBob = await (await Bob.GetAsync($"/api/tasking/tasks/{created.Id}")).ReadAsync<TaskDto>();
        Assert.Equal(TimeSpan.FromHours(-3), asSeenByBob.DueAt!.Value.Offset); // the same moment, Bob's zone
        Assert.Equal(due, asSeenByBob.DueAt);
        Assert.Equal("America/Sao_Paulo", asSeenByBob.TimeZone);
    }

    [Fact]
    public async Task Whoever_takes_a_task_keeps_it_and_others_are_told()
    {
        var task = await World.NewCallTaskAsync();

        var taken = await (await Alice.PostAsync($"/api/tasking/tasks/{task.Id}/take", null)).ReadAsync<TaskDto>();
        Assert.Equal(WorkTaskStatus.InProgress, taken.Status);
        Assert.Equal(World.Alice.Id, taken.Assignee!.Id);
        Assert.False(taken.WorkStarted);

        var bobTakes = await (await Bob.PostAsync($"/api/tasking/tasks/{task.Id}/take", null)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("task.already-taken", bobTakes.Code());
        var bobCompletes = await (await Bob.PostJsonAsync($"/api/tasking/tasks/{task.Id}/complete", new { result = "reached" })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("task.already-taken", bobCompletes.Code());

        var working = await (await Alice.PostAsync($"/api/tasking/tasks/{task.Id}/start-working", null)).ReadAsync<TaskDto>();
        Assert.True(working.WorkStarted);
        Assert.NotNull(working.WorkStartedAt);
    }

    [Fact]
    public async Task Acting_on_a_free_task_takes_it()
    {
        var task = await World.NewCallTaskAsync();
        var until = app.Clock.GetUtcNow().AddDays(1);

        var postponed = await (await Bob.PostJsonAsync($"/api/tasking/tasks/{task.Id}/postpone", new { until })).ReadAsync<TaskDto>();

        Assert.Equal(WorkTaskStatus.Postponed, postponed.Status);
        Assert.Equal(World.Bob.Id, postponed.Assignee!.Id);
        Assert.Equal(until, postponed.PostponedUntil);
        Assert.Equal(TimeSpan.FromHours(-3), postponed.PostponedUntil!.Value.Offset);
    }

    [Fact]
    public async Task A_task_cannot_be_postponed_into_the_past()
    {
        var task = await World.NewCallTaskAsync();

        var problem = await (await Alice.PostJsonAsync($"/api/tasking/tasks/{task.Id}/postpone", new { until = app.Clock.GetUtcNow().AddMinutes(-1) }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("task.postpone-in-past", problem.Code());
        var unchanged = await (await Alice.GetAsync($"/api/tasking/tasks/{task.Id}")).ReadAsync<TaskDto>();
        Assert.Equal(WorkTaskStatus.New, unchanged.Status);
        Assert.Null(unchanged.Assignee);
    }

    [Fact]
    public async Task Completing_needs_a_result_of_the_type_and_a_reason_where_the_result_demands_one()
    {
        var task = await World.NewCallTaskAsync();
        var url = $"/api/tasking/tasks/{task.Id}/complete";

        Assert.Equal("task.unknown-result", (await (await Alice.PostJsonAsync(url, new { result = "done" })).ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        Assert.Equal("task.reason-required", (await (await Alice.PostJsonAsync(url, new { result = "refusal" })).ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());

        var done = await (await Alice.PostJsonAsync(url, new { result = "refusal", reason = "Bought elsewhere", comment = "Polite, may come back" })).ReadAsync<TaskDto>();
        Assert.Equal(WorkTaskStatus.Done, done.Status);
        Assert.Equal("refusal", done.Result!.Code);
        Assert.Equal("Refusal", done.Result.Name);
        Assert.Equal("Bought elsewhere", done.Result.Reason);
        Assert.Equal("Polite, may come back", done.Result.Comment);
        Assert.Equal(World.Alice.Id, done.Result.CompletedBy!.Id);

        Assert.Equal("task.closed", (await (await Bob.PostJsonAsync(url, new { result = "reached" })).ProblemAsync(HttpStatusCode.Conflict)).Code());
        Assert.Equal("task.closed", (await (await Alice.PostAsync($"/api/tasking/tasks/{task.Id}/take", null)).ProblemAsync(HttpStatusCode.Conflict)).Code());
    }

    [Fact]
    public async Task A_type_without_custom_results_closes_with_done_or_failed()
    {
        var response = await Alice.PostJsonAsync("/api/tasking/tasks", new
        {
            typeId = World.Arbitrary.Id,
            title = "Hand over the shift",
            addressee = new { kind = "Employee", id = World.Bob.Id },
        });
        var task = await response.ReadAsync<TaskDto>(HttpStatusCode.Created);
        Assert.Equal($"/api/tasking/tasks/{task.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal("Bob", task.Addressee.Name);
        Assert.Equal(["done", "failed"], World.Arbitrary.Results.Select(r => r.Code));

        var done = await (await Bob.PostJsonAsync($"/api/tasking/tasks/{task.Id}/complete", new { result = "DONE" })).ReadAsync<TaskDto>();
        Assert.Equal("done", done.Result!.Code);
    }

    [Fact]
    public async Task Comments_and_every_change_are_kept_in_the_history()
    {
        var task = await World.NewCallTaskAsync();
        await Alice.PostAsync($"/api/tasking/tasks/{task.Id}/take", null);
        var commented = await (await Bob.PostJsonAsync($"/api/tasking/tasks/{task.Id}/comments", new { text = "Client asked to call after 6 pm" })).ReadAsync<TaskDto>();
        await Alice.PostJsonAsync($"/api/tasking/tasks/{task.Id}/postpone", new { until = app.Clock.GetUtcNow().AddHours(9) });
        await Alice.PostJsonAsync($"/api/tasking/tasks/{task.Id}/complete", new { result = "reached", comment = "Will pay tomorrow" });

        Assert.Equal("Client asked to call after 6 pm", Assert.Single(commented.Comments).Text);
        Assert.Equal("Bob", commented.Comments[0].Author.Name);

        var history = await (await Bob.GetAsync($"/api/tasking/tasks/{task.Id}/history")).ReadAsync<List<TaskHistoryEntryDto>>();
        Assert.Equal(
            [TaskAction.Created, TaskAction.Taken, TaskAction.Commented, TaskAction.Postponed, TaskAction.Completed],
            history.Select(h => h.Action));
        Assert.Equal(["Alice", "Alice", "Bob", "Alice", "Alice"], history.Select(h => h.By!.Name));
        Assert.Contains("Will pay tomorrow", history[^1].Details);
        Assert.All(history, h => Assert.Equal(TimeSpan.FromHours(-3), h.At.Offset));
    }

    [Fact]
    public async Task The_list_filters_by_status_ownership_type_and_object()
    {
        var subject = Guid.NewGuid().ToString("N");
        var mine = await World.NewCallTaskAsync(subjectId: subject);
        var free = await World.NewCallTaskAsync(subjectId: subject);
        var bobs = await World.NewCallTaskAsync(subjectId: subject);
        var closed = await World.NewCallTaskAsync(subjectId: subject);
        await Alice.PostAsync($"/api/tasking/tasks/{mine.Id}/take", null);
        await Bob.PostAsync($"/api/tasking/tasks/{bobs.Id}/take", null);
        await Alice.PostJsonAsync($"/api/tasking/tasks/{closed.Id}/complete", new { result = "reached" });

        async Task<Guid[]> List(string filter) =>
            (await (await Alice.GetAsync($"/api/tasking/tasks?subjectType=ORDER&subjectId={subject}&{filter}")).ReadAsync<KeysetPage<TaskSummaryDto>>())
            .Items.Select(t => t.Id).ToArray();

        Assert.Equal([bobs.Id, free.Id, mine.Id], await List("")); // open by default, newest first
        Assert.Equal([closed.Id], await List("status=Done"));
        Assert.Equal([closed.Id, bobs.Id, free.Id, mine.Id], await List("status=New&status=InProgress&status=Done"));
        Assert.Equal([mine.Id], await List("ownership=Mine"));
        Assert.Equal([free.Id], await List("ownership=Nobody"));
        Assert.Equal([bobs.Id], await List("ownership=Others"));
        Assert.Equal([bobs.Id, free.Id, mine.Id], await List($"typeId={World.Call.Id}"));
        Assert.Empty(await List($"typeId={World.Arbitrary.Id}"));
    }

    [Fact]
    public async Task Pages_follow_each_other_without_gaps_or_repeats()
    {
        var subject = Guid.NewGuid().ToString("N");
        var created = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            created.Add((await World.NewCallTaskAsync(subjectId: subject)).Id);
        }

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var url = $"/api/tasking/tasks?subjectType=order&subjectId={subject}&limit=3" + (cursor is null ? string.Empty : $"&cursor={cursor}");
            var page = await (await Alice.GetAsync(url)).ReadAsync<KeysetPage<TaskSummaryDto>>();
            seen.AddRange(page.Items.Select(t => t.Id));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Reverse(created), seen);
    }

    [Fact]
    public async Task Stale_writes_are_refused_when_the_client_sends_the_version_it_saw()
    {
        var task = await World.NewCallTaskAsync();
        var card = await Alice.GetAsync($"/api/tasking/tasks/{task.Id}");
        var etag = card.Headers.ETag!.Tag;
        Assert.Equal($"\"{task.Version}\"", etag);

        await Bob.PostJsonAsync($"/api/tasking/tasks/{task.Id}/comments", new { text = "I looked at it first" });

        using var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/tasking/tasks/{task.Id}/take");
        stale.Headers.TryAddWithoutValidation("If-Match", etag);
        var problem = await (await Alice.SendAsync(stale)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("concurrency.stale", problem.Code());

        var fresh = await Alice.GetAsync($"/api/tasking/tasks/{task.Id}");
        using var retry = new HttpRequestMessage(HttpMethod.Post, $"/api/tasking/tasks/{task.Id}/take");
        retry.Headers.TryAddWithoutValidation("If-Match", fresh.Headers.ETag!.Tag);
        Assert.Equal(World.Alice.Id, (await (await Alice.SendAsync(retry)).ReadAsync<TaskDto>()).Assignee!.Id);
    }

    [Fact]
    public async Task Each_change_is_published_as_an_integration_event()
    {
        var task = await World.NewCallTaskAsync();
        await Alice.PostAsync($"/api/tasking/tasks/{task.Id}/take", null);
        await Alice.PostJsonAsync($"/api/tasking/tasks/{task.Id}/postpone", new { until = app.Clock.GetUtcNow().AddHours(1) });
        await Alice.PostJsonAsync($"/api/tasking/tasks/{task.Id}/comments", new { text = "No answer twice" });
        await Alice.PostJsonAsync($"/api/tasking/tasks/{task.Id}/complete", new { result = "no-answer", comment = "Try tomorrow" });
        var events = app.Factory.Events;

        var createdEvent = Assert.Single(await events.WaitForAsync<TaskCreatedIntegrationEvent>(e => e.TaskId == task.Id));
        Assert.Equal(task.Number, createdEvent.Number);
        Assert.Equal("order", createdEvent.Subject!.Type);
        Assert.Single(await events.WaitForAsync<TaskTakenIntegrationEvent>(e => e.TaskId == task.Id && e.EmployeeId == World.Alice.Id));
        Assert.Single(await events.WaitForAsync<TaskPostponedIntegrationEvent>(e => e.TaskId == task.Id));
        Assert.Single(await events.WaitForAsync<TaskCommentedIntegrationEvent>(e => e.TaskId == task.Id && e.Text == "No answer twice"));
        var completed = Assert.Single(await events.WaitForAsync<TaskCompletedIntegrationEvent>(e => e.TaskId == task.Id));
        Assert.Equal(("no-answer", "Try tomorrow", World.Alice.Id), (completed.ResultCode, completed.Comment, completed.EmployeeId));
        Assert.Equal(task.Subject!.Id, completed.Subject!.Id);
    }

    [Fact]
    public async Task Two_people_taking_one_task_at_once_one_wins_the_other_gets_409()
    {
        for (var round = 0; round < 5; round++)
        {
            var task = await World.NewCallTaskAsync();
            var responses = await Task.WhenAll(
                Alice.PostAsync($"/api/tasking/tasks/{task.Id}/take", null),
                Bob.PostAsync($"/api/tasking/tasks/{task.Id}/take", null));

            var statuses = responses.Select(r => r.StatusCode).OrderBy(s => s).ToArray();
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
            var winner = responses[0].StatusCode == HttpStatusCode.OK ? World.Alice.Id : World.Bob.Id;
            var card = await (await Alice.GetAsync($"/api/tasking/tasks/{task.Id}")).ReadAsync<TaskDto>();
            Assert.Equal(winner, card.Assignee!.Id);
            var history = await (await Alice.GetAsync($"/api/tasking/tasks/{task.Id}/history")).ReadAsync<List<TaskHistoryEntryDto>>();
            Assert.Single(history, h => h.Action == TaskAction.Taken);
        }
    }
}

[Trait("Provider", "Sqlite")]
public sealed class TaskApiSqliteTests(SqliteApi app) : TaskApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class TaskApiPostgresTests(PostgresApi app) : TaskApiTests(app), IClassFixture<PostgresApi>;
