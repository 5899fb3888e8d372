using System.Net;
using System.Net.Http.Json;
using Crm.BuildingBlocks.Contracts;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.Tasking.Application.Staff;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Modules.Tasking.Application.TaskTypes;
using Crm.Modules.Tasking.Contracts;
using Crm.Modules.Tasking.Domain.Reminders;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Infrastructure.Jobs;
using Crm.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.Modules.Tasking.Tests.Api;

/// <summary>
/// New-task alerts and escalation through the reminders' delivery (ADR 0064): e-mails land in the reminder folder,
/// Telegram fails (nobody listens), the informer shows notices. Each test has its own positions and people.
/// </summary>
public abstract class AlertApiTests(ReminderApi app) : IAsyncLifetime
{
    private TaskingWorld World { get; set; } = null!;

    private HttpClient Admin => app.Administrator;

    public async ValueTask InitializeAsync() => World = await TaskingWorld.OfAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_new_task_for_a_position_alerts_everybody_in_it_once_through_their_own_channel()
    {
        var type = await AlertingTypeAsync("Process a missed call", alertOnOpen: true);
        var position = await PositionAsync("Missed-call operators");
        var mia = await HireAsync("Mia", position);
        var ned = await HireAsync("Ned", position);
        await mia.ChooseAsync(ReminderPerson.Settings("Email", email: "mia@example.com"));
        var outsider = await HireAsync("Oda");

        var task = await NewTaskAsync(type.Id, AddresseeKind.Position, position, "Missed call from +351 912 345 678");
        var created = Assert.Single(await app.Factory.Events.WaitForAsync<TaskCreatedIntegrationEvent>(e => e.TaskId == task.Id));
        await Task.WhenAll(World.DeliverAsync(created), World.DeliverAsync(created)); // delivered twice more, side by side

        var alerts = await AlertsAsync(task.Id);
        Assert.Equal(
            [(mia.Id, ReminderChannel.Email, "mia@example.com"), (ned.Id, ReminderChannel.Informer, (string?)null)],
            alerts.Select(a => (a.EmployeeId, a.Channel, a.Contact)).OrderBy(a => a.EmployeeId == ned.Id));
        Assert.All(alerts, a => Assert.Equal((ReminderReason.NewTask, ReminderStatus.Pending), (a.Reason, a.Status)));

        await Task.WhenAll(Task.Run(DeliverAllAsync), Task.Run(DeliverAllAsync)); // two delivery jobs at once
        Assert.All(await AlertsAsync(task.Id), a => Assert.Equal((ReminderStatus.Sent, 1), (a.Status, a.Attempts)));
        var mail = Assert.Single(Directory.GetFiles(Path.Combine(app.Folder, "email"), $"*{alerts.Single(a => a.EmployeeId == mia.Id).Id:N}.txt"));
        Assert.Contains("Missed call from +351 912 345 678", await File.ReadAllTextAsync(mail));
        var notice = Assert.Single(await ned.InformerAsync(), n => n.TaskId == task.Id);
        Assert.StartsWith("New task", notice.Text);
        Assert.DoesNotContain(await mia.InformerAsync(), n => n.TaskId == task.Id);
        Assert.DoesNotContain(await outsider.InformerAsync(), n => n.TaskId == task.Id);

        await World.DeliverAsync(created);
        Assert.Equal(2, (await AlertsAsync(task.Id)).Count);
        Assert.Single(await ned.HistoryAsync(task.Id), h => h.Action == TaskAction.Alerted);
    }

    [Fact]
    public async Task Taking_the_task_stops_the_alerts_not_yet_sent_and_clears_the_notices()
    {
        var type = await AlertingTypeAsync("Urgent call-back", alertOnOpen: true);
        var position = await PositionAsync("Call-back operators");
        var pia = await HireAsync("Pia", position);
        var quinn = await HireAsync("Quinn", position);
        await quinn.ChooseAsync(ReminderPerson.Settings("Telegram", telegramChatId: "123456789")); // the failing channel

        var task = await NewTaskAsync(type.Id, AddresseeKind.Position, position);
        await World.DeliverAsync(Assert.Single(await app.Factory.Events.WaitForAsync<TaskCreatedIntegrationEvent>(e => e.TaskId == task.Id)));
        await DeliverAllAsync();
        Assert.Single(await pia.InformerAsync(), n => n.TaskId == task.Id);
        var waiting = (await AlertsAsync(task.Id)).Single(a => a.EmployeeId == quinn.Id);
        Assert.Equal((ReminderStatus.Pending, 1), (waiting.Status, waiting.Attempts)); // Telegram refused it: retried later

        (await pia.Client.PostAsync($"/api/tasking/tasks/{task.Id}/take", null)).EnsureSuccessStatusCode();
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await DeliverAllAsync();

        var withdrawn = (await AlertsAsync(task.Id)).Single(a => a.EmployeeId == quinn.Id);
        Assert.Equal((ReminderStatus.Cancelled, 1, (DateTimeOffset?)null), (withdrawn.Status, withdrawn.Attempts, withdrawn.SentAt));
        Assert.DoesNotContain(await pia.InformerAsync(), n => n.TaskId == task.Id);
        Assert.Contains(await pia.HistoryAsync(task.Id), h => h.Action == TaskAction.ReminderCancelled && h.Details!.StartsWith("Task taken"));
    }

    [Fact]
    public async Task A_task_of_a_type_that_does_not_alert_alerts_nobody_and_a_taken_task_is_not_alerted()
    {
        var quiet = await AlertingTypeAsync("Quiet paperwork", alertOnOpen: false);
        var loud = await AlertingTypeAsync("Loud paperwork", alertOnOpen: true);
        var position = await PositionAsync("Paperwork clerks");
        var rex = await HireAsync("Rex", position);

        var quietTask = await NewTaskAsync(quiet.Id, AddresseeKind.Position, position);
        await World.DeliverAsync(Assert.Single(await app.Factory.Events.WaitForAsync<TaskCreatedIntegrationEvent>(e => e.TaskId == quietTask.Id)));
        var takenTask = await NewTaskAsync(loud.Id, AddresseeKind.Position, position);
        (await rex.Client.PostAsync($"/api/tasking/tasks/{takenTask.Id}/take", null)).EnsureSuccessStatusCode();
        await World.DeliverAsync(Assert.Single(await app.Factory.Events.WaitForAsync<TaskCreatedIntegrationEvent>(e => e.TaskId == takenTask.Id)));

        Assert.Empty(await AlertsAsync(quietTask.Id));
        await DeliverAllAsync();
        // Queued before the take (withdrawn by it), or racing it (withdrawn at delivery), or none: never sent.
        Assert.All(await AlertsAsync(takenTask.Id), a => Assert.Equal(ReminderStatus.Cancelled, a.Status));
        Assert.Empty(await rex.InformerAsync());
    }

    [Fact]
    public async Task A_task_unanswered_past_its_reaction_time_is_escalated_once_to_the_types_target_and_shows_so()
    {
        var supervisors = await PositionAsync("Shift supervisors");
        var sue = await HireAsync("Sue", supervisors);
        await sue.ChooseAsync(ReminderPerson.Settings("Email", email: "sue@example.com"));
        var type = await AlertingTypeAsync("Specify contact result", alertOnOpen: false, escalateTo: new { kind = "Position", id = supervisors });
        Assert.Equal(new EscalationTargetDto(AddresseeKind.Position, supervisors), type.EscalateTo);
        var operators = await PositionAsync("Escalation operators");
        var olga = await HireAsync("Olga", operators);
        var (escalating, request) = await ProcessTaskAsync(type.Id, operators, TimeSpan.FromMinutes(30));
        var (answered, _) = await ProcessTaskAsync(type.Id, operators, TimeSpan.FromMinutes(30));
        var (calm, _) = await ProcessTaskAsync(type.Id, operators, TimeSpan.FromHours(2));
        (await olga.Client.PostJsonAsync($"/api/tasking/tasks/{answered.Id}/complete", new { result = "done" })).EnsureSuccessStatusCode();

        app.Clock.Advance(TimeSpan.FromMinutes(31));
        await app.Factory.Services.GetRequiredService<TaskTimeoutJob>().RunOnceAsync(CancellationToken.None);
        var timedOut = Assert.Single(await app.Factory.Events.WaitForAsync<TaskTimedOutIntegrationEvent>(e => e.TaskId == escalating.Id));
        await Task.WhenAll(World.DeliverAsync(timedOut), World.DeliverAsync(timedOut));
        await DeliverAllAsync();

        var escalated = Assert.Single(await app.Factory.Events.WaitForAsync<TaskEscalatedIntegrationEvent>(e => e.TaskId == escalating.Id));
        Assert.Equal(("Position", supervisors, (Guid?)request.RequestId), (escalated.TargetKind, escalated.TargetId, escalated.ProcessRequestId));
        var alert = Assert.Single(await AlertsAsync(escalating.Id));
        Assert.Equal((sue.Id, ReminderReason.Escalation, ReminderStatus.Sent, 1), (alert.EmployeeId, alert.Reason, alert.Status, alert.Attempts));
        var mail = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(Path.Combine(app.Folder, "email"), $"*{alert.Id:N}.txt")));
        Assert.Contains("To: sue@example.com", mail);
        Assert.Contains("not answered", mail);

        var card = await (await sue.Client.GetAsync($"/api/tasking/tasks/{escalating.Id}")).ReadAsync<TaskDto>(); // the target may open it
        Assert.Equal(app.Clock.GetUtcNow(), card.EscalatedAt);
        Assert.Equal((AddresseeKind.Position, supervisors), (card.EscalatedTo!.Kind, card.EscalatedTo.Id));
        Assert.StartsWith("Shift supervisors", card.EscalatedTo.Name);
        var inbox = await InboxAsync(olga.Client, "escalated=true");
        Assert.Equal([escalating.Id], inbox.Select(t => t.Id));
        Assert.NotNull(inbox[0].EscalatedAt);
        var all = await InboxAsync(olga.Client, "");
        Assert.Equal([calm.Id, escalating.Id], all.Select(t => t.Id));
        Assert.Null(all[0].EscalatedAt);
        Assert.Empty(await AlertsAsync(answered.Id));
        Assert.Empty(await AlertsAsync(calm.Id));

        await app.Factory.Services.GetRequiredService<TaskTimeoutJob>().RunOnceAsync(CancellationToken.None);
        await World.DeliverAsync(timedOut);
        Assert.Single(await AlertsAsync(escalating.Id));
        Assert.Single(await olga.HistoryAsync(escalating.Id), h => h.Action == TaskAction.Escalated);
    }

    [Fact]
    public async Task Bad_alert_settings_are_refused_with_the_field_at_fault_or_404_and_change_nothing()
    {
        var type = await AlertingTypeAsync("Settings probe", alertOnOpen: true);
        var url = $"/api/tasking/task-types/{type.Id}/alerts";
        Assert.NotEmpty((await (await Admin.PutAsJsonAsync(url, new { alertOnOpen = (bool?)null, escalateTo = (object?)null }))
            .ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("alertOnOpen"));
        Assert.NotEmpty((await (await Admin.PutAsJsonAsync(url, new { alertOnOpen = true, escalateTo = new { kind = "Department", id = Guid.NewGuid() } }))
            .ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("escalateTo.kind"));
        Assert.NotEmpty((await (await Admin.PutAsJsonAsync(url, new { alertOnOpen = true, escalateTo = new { kind = "Position", id = Guid.Empty } }))
            .ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("escalateTo.id"));
        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.PutAsJsonAsync(url, new { alertOnOpen = true, escalateTo = new { kind = "Pigeon", id = Guid.NewGuid() } })).StatusCode);
        Assert.Equal("employee.not-found", (await (await Admin.PutAsJsonAsync(url, new { alertOnOpen = true, escalateTo = new { kind = "Employee", id = Guid.NewGuid() } }))
            .ProblemAsync(HttpStatusCode.NotFound)).Code());
        Assert.Equal("position.not-found", (await (await Admin.PutAsJsonAsync(url, new { alertOnOpen = true, escalateTo = new { kind = "Position", id = Guid.NewGuid() } }))
            .ProblemAsync(HttpStatusCode.NotFound)).Code());
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.PutAsJsonAsync($"/api/tasking/task-types/{Guid.NewGuid()}/alerts", new { alertOnOpen = true, escalateTo = (object?)null })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await World.AliceClient.PutAsJsonAsync(url, new { alertOnOpen = false, escalateTo = (object?)null })).StatusCode);

        var listed = (await (await Admin.GetAsync("/api/tasking/task-types")).ReadAsync<List<TaskTypeDto>>()).Single(t => t.Id == type.Id);
        Assert.Equal((true, (EscalationTargetDto?)null), (listed.AlertOnOpen, listed.EscalateTo));
        var changed = await (await Admin.PutAsJsonAsync(url, new { alertOnOpen = false, escalateTo = new { kind = "Employee", id = World.Bob.Id } })).ReadAsync<TaskTypeDto>();
        Assert.Equal((false, new EscalationTargetDto(AddresseeKind.Employee, World.Bob.Id)), (changed.AlertOnOpen, changed.EscalateTo));
    }

    private async Task<TaskTypeDto> AlertingTypeAsync(string name, bool alertOnOpen, object? escalateTo = null)
    {
        var type = await (await Admin.PostJsonAsync("/api/tasking/task-types", new { name = $"{name} {Guid.NewGuid():N}" })).ReadAsync<TaskTypeDto>(HttpStatusCode.Created);
        return await (await Admin.PutAsJsonAsync($"/api/tasking/task-types/{type.Id}/alerts", new { alertOnOpen, escalateTo })).ReadAsync<TaskTypeDto>();
    }

    private async Task<Guid> PositionAsync(string name) =>
        (await (await Admin.PostJsonAsync("/api/tasking/positions", new { name = $"{name} {Guid.NewGuid():N}" })).ReadAsync<PositionDto>(HttpStatusCode.Created)).Id;

    private async Task<ReminderPerson> HireAsync(string name, Guid? position = null)
    {
        var employee = await (await Admin.PostJsonAsync("/api/tasking/employees", new { name, timeZone = "Europe/Lisbon", positionIds = position is { } p ? new[] { p } : [] }))
            .ReadAsync<EmployeeDto>(HttpStatusCode.Created);
        return new ReminderPerson(app, app.Factory.ClientFor(employee.Id, name), employee.Id);
    }

    private async Task<TaskDto> NewTaskAsync(Guid typeId, AddresseeKind kind, Guid addressee, string title = "Call the client back") =>
        await (await Admin.PostJsonAsync("/api/tasking/tasks", new { typeId, title, addressee = new { kind, id = addressee } })).ReadAsync<TaskDto>(HttpStatusCode.Created);

    /// <summary>A process's task of the given type for the position, as the engine asks for it.</summary>
    private async Task<(TaskSummaryDto Task, HumanTaskRequestedIntegrationEvent Request)> ProcessTaskAsync(Guid typeId, Guid position, TimeSpan reaction)
    {
        var request = new HumanTaskRequestedIntegrationEvent(
            Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Client contact", "identify", HumanTaskRequestedIntegrationEvent.TaskKind, typeId,
            "Specify the contact's result", null, [], new ObjectReference("order", Guid.NewGuid().ToString("N")), [new ExecutorReference("Position", position)],
            0, reaction, null, false);
        return (await World.ProcessTaskAsync(request), request);
    }

    private async Task<IReadOnlyList<Application.Reminders.TaskReminderDto>> AlertsAsync(Guid taskId) =>
        (await (await Admin.GetAsync($"/api/tasking/tasks/{taskId}/reminders")).ReadAsync<List<Application.Reminders.TaskReminderDto>>())
            .Where(r => r.Reason != ReminderReason.Postponed).ToList();

    private static async Task<List<TaskSummaryDto>> InboxAsync(HttpClient client, string query) =>
        [.. (await (await client.GetAsync($"/api/tasking/inbox?{query}")).ReadAsync<BuildingBlocks.Application.Specifications.KeysetPage<TaskSummaryDto>>()).Items];

    private async Task DeliverAllAsync()
    {
        while (await app.RunReminderJobAsync() > 0)
        {
        }
    }
}

[Trait("Provider", "Sqlite")]
public sealed class AlertApiSqliteTests(ReminderSqliteApi app) : AlertApiTests(app), IClassFixture<ReminderSqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class AlertApiPostgresTests(ReminderPostgresApi app) : AlertApiTests(app), IClassFixture<ReminderPostgresApi>;
