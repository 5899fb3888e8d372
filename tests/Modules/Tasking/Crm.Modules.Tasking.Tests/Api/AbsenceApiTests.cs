using System.Net;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Application.Staff;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Modules.Tasking.Application.Tasks.GetBar;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Tasking.Tests.Api;

/// <summary>
/// Absences and deputies: recording and cancelling absences, and the deputy who sees and takes over an absent
/// colleague's tasks only while the colleague is away. The class moves its own clock forward.
/// </summary>
public abstract class AbsenceApiTests(ApiFixture app) : IAsyncLifetime
{
    private TaskingWorld World { get; set; } = null!;

    private DateTimeOffset Now => app.Clock.GetUtcNow();

    public async ValueTask InitializeAsync() => World = await TaskingWorld.OfAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task An_employee_plans_an_absence_with_a_deputy_lists_and_cancels_it()
    {
        var (gina, ginaId) = await World.HireAsync("Gina", "Asia/Kolkata");
        var (_, hankId) = await World.HireAsync("Hank");
        var from = Now.AddDays(1);

        var absence = await (await gina.PostJsonAsync(Absences(ginaId), new { from, until = from.AddDays(2), deputyId = hankId })).ReadAsync<AbsenceDto>(HttpStatusCode.Created);

        Assert.Equal((from, TimeSpan.FromHours(5.5), "Hank", false), (absence.From, absence.From.Offset, absence.Deputy!.Name, absence.Current));
        var card = await (await World.AliceClient.GetAsync($"/api/tasking/employees/{ginaId}")).ReadAsync<EmployeeCardDto>();
        Assert.Null(card.AbsentNow);
        Assert.Equal([absence.Id], card.PlannedAbsences.Select(a => a.Id));
        Assert.Equal(TimeSpan.FromHours(5.5), card.PlannedAbsences[0].Until.Offset); // Alice's zone
        Assert.Equal([absence.Id], (await ListAsync(app.Administrator, ginaId)).Select(a => a.Id));

        Assert.Equal(HttpStatusCode.NoContent, (await gina.DeleteAsync($"{Absences(ginaId)}/{absence.Id}")).StatusCode);
        Assert.Empty(await ListAsync(app.Administrator, ginaId));
        await (await gina.DeleteAsync($"{Absences(ginaId)}/{absence.Id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_absence_is_refused_when_it_is_malformed_overlaps_or_its_deputy_cannot_stand_in()
    {
        var (ivy, ivyId) = await World.HireAsync("Ivy");
        var (jack, jackId) = await World.HireAsync("Jack");
        var from = Now.AddDays(10);
        await (await ivy.PostJsonAsync(Absences(ivyId), new { from, until = from.AddDays(5) })).ReadAsync<AbsenceDto>(HttpStatusCode.Created);

        Assert.NotEmpty((await (await ivy.PostJsonAsync(Absences(ivyId), new { from, until = from })).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("until"));
        Assert.NotEmpty((await (await ivy.PostJsonAsync(Absences(ivyId), new { until = from })).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("from"));
        var later = from.AddDays(20);
        Assert.NotEmpty((await (await ivy.PostJsonAsync(Absences(ivyId), new { from = later, until = later.AddDays(1), deputyId = ivyId })).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("deputyId"));
        Assert.NotEmpty((await (await ivy.PostJsonAsync(Absences(ivyId), new { from = later, until = later.AddDays(1), deputyId = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("deputyId"));
        var overlap = await (await ivy.PostJsonAsync(Absences(ivyId), new { from = from.AddDays(4), until = from.AddDays(7) })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("absence.overlaps", overlap.Code());
        var past = await (await ivy.PostJsonAsync(Absences(ivyId), new { from = Now.AddDays(-3), until = Now.AddDays(-1) })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("absence.over", past.Code());
        var deputyAway = await (await jack.PostJsonAsync(Absences(jackId), new { from = from.AddDays(1), until = from.AddDays(2), deputyId = ivyId })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("absence.deputy-absent", deputyAway.Code());

        await (await jack.PostJsonAsync(Absences(ivyId), new { from = later, until = later.AddDays(1) })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await app.Administrator.PostJsonAsync(Absences(Guid.NewGuid()), new { from = later, until = later.AddDays(1) })).ProblemAsync(HttpStatusCode.NotFound);
        var byAdministrator = await (await app.Administrator.PostJsonAsync(Absences(ivyId), new { from = later, until = later.AddDays(1), deputyId = jackId })).ReadAsync<AbsenceDto>(HttpStatusCode.Created);
        await (await jack.DeleteAsync($"{Absences(ivyId)}/{byAdministrator.Id}")).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(2, (await ListAsync(ivy, ivyId)).Count);
    }

    [Fact]
    public async Task The_deputy_sees_and_takes_over_the_absent_colleagues_tasks_only_during_the_absence()
    {
        var (kate, kateId) = await World.HireAsync("Kate");
        var (leo, leoId) = await World.HireAsync("Leo", "America/Sao_Paulo");
        var held = await ForAsync(kateId, "Replace the wipers", Now.AddDays(3));
        await (await kate.PostAsync($"/api/tasking/tasks/{held.Id}/take", null)).ReadAsync<TaskDto>();
        var free = await ForAsync(kateId, "Call Maria back");
        var absence = await (await app.Administrator.PostJsonAsync(Absences(kateId), new { from = Now.AddHours(1), until = Now.AddDays(2), deputyId = leoId }))
            .ReadAsync<AbsenceDto>(HttpStatusCode.Created);

        await (await leo.GetAsync($"/api/tasking/tasks/{held.Id}")).ProblemAsync(HttpStatusCode.NotFound); // not away yet
        Assert.DoesNotContain(await ListIdsAsync(leo), id => id == held.Id);

        app.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(HttpStatusCode.OK, (await leo.GetAsync($"/api/tasking/tasks/{held.Id}")).StatusCode);
        Assert.Superset(new HashSet<Guid> { held.Id, free.Id }, (await ListIdsAsync(leo)).ToHashSet());
        Assert.Equal(2, (await (await leo.GetAsync("/api/tasking/tasks/count")).ReadAsync<CappedCount>()).Value);
        var bar = await (await leo.GetAsync("/api/tasking/bar")).ReadAsync<BarDto>();
        Assert.Equal((1, 1), (bar.InProgress.Value, bar.WithoutManager.Value));
        Assert.Equal([held.Id], bar.MyDue.Select(t => t.Id));
        var kateListed = (await (await World.AliceClient.GetAsync("/api/tasking/employees")).ReadAsync<List<EmployeeDto>>()).Single(e => e.Id == kateId);
        Assert.Equal((absence.Id, "Leo", true), (kateListed.AbsentNow!.Id, kateListed.AbsentNow.Deputy!.Name, kateListed.AbsentNow.Current));

        var notYetHis = await (await leo.PostJsonAsync($"/api/tasking/tasks/{held.Id}/complete", new { result = "done" })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("task.already-taken", notYetHis.Code()); // a held task is taken over first, deliberately
        var takenOver = await (await leo.PostAsync($"/api/tasking/tasks/{held.Id}/take", null)).ReadAsync<TaskDto>();
        Assert.Equal(("Leo", WorkTaskStatus.InProgress), (takenOver.Assignee!.Name, takenOver.Status));
        var history = await (await leo.GetAsync($"/api/tasking/tasks/{held.Id}/history")).ReadAsync<List<TaskHistoryEntryDto>>();
        Assert.Equal((TaskAction.TakenOver, "Leo"), (history[^1].Action, history[^1].By!.Name));
        Assert.Contains("Kate", history[^1].Details);
        var postponed = await (await leo.PostJsonAsync($"/api/tasking/tasks/{free.Id}/postpone", new { until = Now.AddDays(5) })).ReadAsync<TaskDto>();
        Assert.Equal("Leo", postponed.Assignee!.Name); // acting on a free one takes it, as usual
        var lateArrival = await ForAsync(kateId, "Check the invoice");
        Assert.Equal(HttpStatusCode.OK, (await leo.GetAsync($"/api/tasking/tasks/{lateArrival.Id}")).StatusCode);

        app.Clock.Advance(TimeSpan.FromDays(2)); // Kate is back
        await (await leo.GetAsync($"/api/tasking/tasks/{lateArrival.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(await ListIdsAsync(leo), id => id == lateArrival.Id);
        Assert.Equal(HttpStatusCode.OK, (await leo.GetAsync($"/api/tasking/tasks/{held.Id}")).StatusCode); // he holds it now
        Assert.Null((await (await leo.GetAsync($"/api/tasking/employees/{kateId}")).ReadAsync<EmployeeCardDto>()).AbsentNow);
    }

    [Fact]
    public async Task Cancelling_an_absence_under_way_ends_it_now_and_the_deputy_loses_sight()
    {
        var (mia, miaId) = await World.HireAsync("Mia");
        var (ned, nedId) = await World.HireAsync("Ned");
        var task = await ForAsync(miaId, "Order oil filters");
        var absence = await (await mia.PostJsonAsync(Absences(miaId), new { from = Now.AddHours(-1), until = Now.AddDays(1), deputyId = nedId })).ReadAsync<AbsenceDto>(HttpStatusCode.Created);
        Assert.True(absence.Current);
        Assert.Equal(HttpStatusCode.OK, (await ned.GetAsync($"/api/tasking/tasks/{task.Id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await mia.DeleteAsync($"{Absences(miaId)}/{absence.Id}")).StatusCode);

        var kept = Assert.Single(await ListAsync(mia, miaId));
        Assert.Equal((Now, false), (kept.Until, kept.Current));
        await (await ned.GetAsync($"/api/tasking/tasks/{task.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        var over = await (await mia.DeleteAsync($"{Absences(miaId)}/{absence.Id}")).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("absence.over", over.Code());
    }

    [Fact]
    public async Task A_deputy_who_does_not_execute_the_process_takes_over_its_task_held_by_the_absent_executor()
    {
        var operatorOlga = await (await app.Administrator.PostJsonAsync("/api/tasking/employees", new { name = "Olga", timeZone = "Europe/Lisbon", positionIds = new[] { World.OperatorPositionId } }))
            .ReadAsync<EmployeeDto>(HttpStatusCode.Created);
        var olga = app.Factory.ClientFor(operatorOlga.Id, "Olga");
        var (paul, paulId) = await World.HireAsync("Paul");
        var task = await World.ProcessTaskAsync(World.CallRequest());
        await (await olga.PostAsync($"/api/tasking/tasks/{task.Id}/take", null)).ReadAsync<TaskDto>();
        await (await olga.PostJsonAsync(Absences(operatorOlga.Id), new { from = Now, until = Now.AddDays(1), deputyId = paulId })).ReadAsync<AbsenceDto>(HttpStatusCode.Created);

        var takenOver = await (await paul.PostAsync($"/api/tasking/tasks/{task.Id}/take", null)).ReadAsync<TaskDto>();

        Assert.Equal("Paul", takenOver.Assignee!.Name);
        var free = await World.ProcessTaskAsync(World.CallRequest());
        await (await paul.GetAsync($"/api/tasking/tasks/{free.Id}")).ProblemAsync(HttpStatusCode.NotFound); // the pool's, not Olga's
    }

    private static string Absences(Guid employeeId) => $"/api/tasking/employees/{employeeId}/absences";

    private static async Task<List<AbsenceDto>> ListAsync(HttpClient client, Guid employeeId) =>
        await (await client.GetAsync(Absences(employeeId))).ReadAsync<List<AbsenceDto>>();

    private static Task<List<Guid>> ListIdsAsync(HttpClient client) => TaskingWorld.TaskIdsAsync(client);

    private async Task<TaskDto> ForAsync(Guid employeeId, string title, DateTimeOffset? dueAt = null) =>
        await (await app.Administrator.PostJsonAsync("/api/tasking/tasks", new { typeId = World.Arbitrary.Id, title, addressee = new { kind = AddresseeKind.Employee, id = employeeId }, dueAt }))
            .ReadAsync<TaskDto>(HttpStatusCode.Created);
}

[Trait("Provider", "Sqlite")]
public sealed class AbsenceApiSqliteTests(SqliteApi app) : AbsenceApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class AbsenceApiPostgresTests(PostgresApi app) : AbsenceApiTests(app), IClassFixture<PostgresApi>;
