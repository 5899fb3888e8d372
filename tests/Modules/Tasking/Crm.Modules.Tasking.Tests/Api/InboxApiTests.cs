using System.Net;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Modules.Tasking.Application.Tasks.GetBar;
using Crm.Modules.Tasking.Contracts;
using Crm.Modules.Tasking.Infrastructure.Jobs;
using Crm.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.Modules.Tasking.Tests.Api;

/// <summary>The inbox, reaction times and timeouts, "busy with others", and the bar, as operators see them.</summary>
public abstract class InboxApiTests(ApiFixture app) : IAsyncLifetime
{
    private TaskingWorld World { get; set; } = null!;

    private HttpClient Alice => World.AliceClient;

    public async ValueTask InitializeAsync() => World = await TaskingWorld.OfAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_inbox_holds_my_processes_tasks_newest_first_or_by_priority_and_pages_without_gaps()
    {
        var process = Guid.NewGuid();
        var low = await World.ProcessTaskAsync(World.CallRequest(process, priority: 1));
        var high = await World.ProcessTaskAsync(World.CallRequest(process, priority: 5));
        var newest = await World.ProcessTaskAsync(World.CallRequest(process, priority: 1));
        var hidden = await World.ProcessTaskAsync(World.CallRequest(Guid.NewGuid(), hidden: true));
        var manual = await World.NewCallTaskAsync();

        var byTime = await InboxAsync(Alice, "");
        Assert.Equal([newest.Id, high.Id, low.Id], byTime.Where(t => t.Id == low.Id || t.Id == high.Id || t.Id == newest.Id).Select(t => t.Id));
        Assert.DoesNotContain(byTime, t => t.Id == hidden.Id || t.Id == manual.Id);

        var byPriority = await InboxAsync(Alice, "byPriority=true&limit=1");
        Assert.Equal([high.Id, newest.Id, low.Id], byPriority.Where(t => t.Id == low.Id || t.Id == high.Id || t.Id == newest.Id).Select(t => t.Id));
        Assert.Equal(byPriority.Count, byPriority.Select(t => t.Id).Distinct().Count());

        var (carol, _) = await World.HireAsync("Carol");
        Assert.Empty(await InboxAsync(carol, ""));
    }

    [Fact]
    public async Task A_task_past_its_reaction_time_times_out_once_and_the_process_is_told()
    {
        var task = await World.ProcessTaskAsync(World.CallRequest(reaction: TimeSpan.FromMinutes(30)));
        var job = app.Factory.Services.GetRequiredService<TaskTimeoutJob>();

        app.Clock.Advance(TimeSpan.FromMinutes(29));
        await job.RunOnceAsync(CancellationToken.None);
        Assert.Null((await CardAsync(task.Id)).TimedOutAt);

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await job.RunOnceAsync(CancellationToken.None) >= 1);
        var card = await CardAsync(task.Id);
        Assert.Equal(app.Clock.GetUtcNow(), card.TimedOutAt);
        Assert.Equal(card.TimeoutAt!.Value.AddMinutes(1), card.TimedOutAt);
        Assert.Equal(TimeSpan.FromHours(5.5), card.TimedOutAt!.Value.Offset);

        Assert.Equal(0, await job.RunOnceAsync(CancellationToken.None));
        var timedOut = Assert.Single(await app.Factory.Events.WaitForAsync<TaskTimedOutIntegrationEvent>(e => e.TaskId == task.Id));
        Assert.Equal(card.Process!.RequestId, timedOut.ProcessRequestId);
        var history = await (await Alice.GetAsync($"/api/tasking/tasks/{task.Id}/history")).ReadAsync<List<TaskHistoryEntryDto>>();
        Assert.Single(history, h => h.Action == Crm.Modules.Tasking.Domain.Tasks.TaskAction.TimedOut);
    }

    [Fact]
    public async Task A_postponed_task_leaves_the_inbox_and_comes_back_at_its_moment()
    {
        var task = await World.ProcessTaskAsync(World.CallRequest());
        var until = app.Clock.GetUtcNow().AddHours(3);
        (await Alice.PostJsonAsync($"/api/tasking/tasks/{task.Id}/postpone", new { until })).EnsureSuccessStatusCode();
        var job = app.Factory.Services.GetRequiredService<PostponedTaskReturnJob>();
        Assert.DoesNotContain(await InboxAsync(Alice, ""), t => t.Id == task.Id);

        app.Clock.Advance(TimeSpan.FromHours(3) - TimeSpan.FromMinutes(1));
        await job.RunOnceAsync(CancellationToken.None);
        Assert.Equal(Crm.Modules.Tasking.Domain.Tasks.WorkTaskStatus.Postponed, (await CardAsync(task.Id)).Status);

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await job.RunOnceAsync(CancellationToken.None) >= 1);
        var back = await CardAsync(task.Id);
        Assert.Equal((Crm.Modules.Tasking.Domain.Tasks.WorkTaskStatus.InProgress, World.Alice.Id), (back.Status, back.Assignee!.Id));
        Assert.Contains(await InboxAsync(Alice, ""), t => t.Id == task.Id);
        var history = await (await Alice.GetAsync($"/api/tasking/tasks/{task.Id}/history")).ReadAsync<List<TaskHistoryEntryDto>>();
        Assert.Single(history, h => h.Action == Crm.Modules.Tasking.Domain.Tasks.TaskAction.Returned);
        Assert.Equal(0, await job.RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Others_see_started_work_as_busy_and_can_hide_it()
    {
        var subject = Guid.NewGuid().ToString("N");
        var working = await World.NewCallTaskAsync(subjectId: subject);
        var merelyTaken = await World.NewCallTaskAsync(subjectId: subject);
        await World.BobClient.PostAsync($"/api/tasking/tasks/{working.Id}/start-working", null);
        await World.BobClient.PostAsync($"/api/tasking/tasks/{merelyTaken.Id}/take", null);

        var all = await ListAsync($"subjectId={subject}&subjectType=order");
        Assert.True(all.Single(t => t.Id == working.Id).WorkStarted);
        Assert.False(all.Single(t => t.Id == merelyTaken.Id).WorkStarted);
        var notBusy = await ListAsync($"subjectId={subject}&subjectType=order&notInProgressWithOthers=true");
        Assert.Equal([merelyTaken.Id], notBusy.Select(t => t.Id));
    }

    [Fact]
    public async Task The_bar_counts_my_work_and_colours_due_times_in_my_own_time_zone()
    {
        var (dora, doraId) = await World.HireAsync("Dora", "America/Sao_Paulo");
        var today = app.Clock.GetUtcNow().UtcDateTime.Date;
        var overdue = await NewTaskForAsync(doraId, app.Clock.GetUtcNow().AddHours(-1));
        var evening = await NewTaskForAsync(doraId, new DateTimeOffset(today.AddHours(20), TimeSpan.Zero)); // 17:00 in São Paulo: today
        var tomorrow = await NewTaskForAsync(doraId, new DateTimeOffset(today.AddDays(1).AddHours(12), TimeSpan.Zero));
        foreach (var id in new[] { overdue, evening, tomorrow })
        {
            await dora.PostAsync($"/api/tasking/tasks/{id}/take", null);
        }

        await NewTaskForAsync(doraId, null); // nobody has taken it: it counts as a task with no manager

        var bar = await (await dora.GetAsync("/api/tasking/bar")).ReadAsync<BarDto>();
        Assert.Equal((3, 1, 1, 1), (bar.InProgress.Value, bar.WithoutManager.Value, bar.Overdue.Value, bar.DueToday.Value));
        Assert.Equal("3", bar.InProgress.Text);
        Assert.Equal([overdue, evening, tomorrow], bar.MyDue.Select(t => t.Id));
        Assert.Equal([TaskUrgency.Overdue, TaskUrgency.DueToday, TaskUrgency.Later], bar.MyDue.Select(t => t.Urgency));

        // The same evening moment is already tomorrow in Kolkata: for Alice it is "later", not "today".
        var asAlice = await (await Alice.GetAsync($"/api/tasking/tasks/{evening}")).ReadAsync<TaskDto>();
        Assert.Equal(TaskUrgency.Later, asAlice.Urgency);
    }

    private async Task<Guid> NewTaskForAsync(Guid employee, DateTimeOffset? dueAt) =>
        (await (await Alice.PostJsonAsync("/api/tasking/tasks", new { typeId = World.Arbitrary.Id, title = "Shift task", addressee = new { kind = "Employee", id = employee }, dueAt }))
            .ReadAsync<TaskDto>(HttpStatusCode.Created)).Id;

    private async Task<TaskDto> CardAsync(Guid id) => await (await Alice.GetAsync($"/api/tasking/tasks/{id}")).ReadAsync<TaskDto>();

    private async Task<List<TaskSummaryDto>> ListAsync(string query) =>
        [.. (await (await Alice.GetAsync($"/api/tasking/tasks?{query}")).ReadAsync<KeysetPage<TaskSummaryDto>>()).Items];

    /// <summary>Every page of the inbox, following the cursors.</summary>
    private static async Task<List<TaskSummaryDto>> InboxAsync(HttpClient client, string query)
    {
        var all = new List<TaskSummaryDto>();
        string? cursor = null;
        do
        {
            var page = await (await client.GetAsync($"/api/tasking/inbox?{query}{(cursor is null ? "" : $"&cursor={cursor}")}")).ReadAsync<KeysetPage<TaskSummaryDto>>();
            all.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return all;
    }
}

[Trait("Provider", "Sqlite")]
public sealed class InboxApiSqliteTests(SqliteApi app) : InboxApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class InboxApiPostgresTests(PostgresApi app) : InboxApiTests(app), IClassFixture<PostgresApi>;
