using System.Net;
using System.Text.Json;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.ServiceStation.Application.Processes;
using Crm.Modules.ServiceStation.Domain.Contacts;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.ServiceStation.Tests.Api;

/// <summary>
/// The host with the station's positions (fixed ids, as Tasking's demo data has them) and an operator and a master
/// consultant in them, and the timer dispatcher looking often, so moving the test clock is all a test does.
/// </summary>
public abstract class ContactProcessApi(DatabaseProvider provider) : ApiFixture(provider)
{
    public HttpClient Operator { get; private set; } = null!;

    public HttpClient MasterConsultant { get; private set; } = null!;

    public override CrmApiFactory CreateFactory() =>
        new(Database, Clock, settings: new Dictionary<string, string> { ["Processes:Timers:MaxIdle"] = "00:00:00.200" });

    protected override async Task OnStartedAsync()
    {
        Operator = await this.EmployeeInAsync(StationProcessTemplates.CallCentreOperators, "Olga Operator");
        MasterConsultant = await this.EmployeeInAsync(StationProcessTemplates.MasterConsultants, "Mark Master");
    }

    public Task<Guid> HireAsync(string name, params Guid[] positionIds) => StationPositions.HireAsync(this, name, "UTC", positionIds);
}

public sealed class SqliteContactProcessApi() : ContactProcessApi(DatabaseProvider.Sqlite);

public sealed class PostgresContactProcessApi() : ContactProcessApi(DatabaseProvider.Postgres);

/// <summary>
/// "Client contact" and "Continue negotiations" (ADR 0075) through HTTP: the PBX calls, the operator answers tasks in
/// the inbox, documents close tasks by themselves, the clock moves; what the operator and the contact's card show.
/// </summary>
public abstract class ContactProcessApiTests(ContactProcessApi app)
{
    private const string Specify = "Specify contact result";

    [Fact]
    public async Task A_missed_call_opens_an_overdue_Process_a_missed_call_in_the_operators_inbox_showing_why_it_was_lost()
    {
        var caller = StationApi.NewCaller();
        var contactId = (await app.SendCallAsync("missed", "call-" + Guid.NewGuid(), caller, reason: "All operators were busy"))!.Value;
        var hungUp = (await app.SendCallAsync("ended", "call-" + Guid.NewGuid(), StationApi.NewCaller()))!.Value;

        var task = await InboxTaskAsync(app.Operator, contactId, "Process a missed call");
        Assert.Equal(TaskUrgency.Overdue, task.Urgency);
        Assert.Equal(StationTaskTypes.ProcessMissedCall, task.Type.Id);
        var card = await CardAsync(task.Id);
        Assert.StartsWith("Lost because: All operators were busy. Call +" + caller, card.Description);
        Assert.True(card.DueAt <= app.Clock.GetUtcNow());
        Assert.StartsWith("Lost because: The caller hung up before anyone answered.", (await CardAsync((await InboxTaskAsync(app.Operator, hungUp, "Process a missed call")).Id)).Description);
        Assert.Equal("All operators were busy", Assert.Single((await app.ContactAsync(contactId)).Contact.Calls).LostReason);
        Assert.DoesNotContain(await InboxAsync(app.MasterConsultant), t => t.Id == task.Id); // the operators', not everybody's
        using var pbx = app.Factory.CreateClient();
        var tooLong = await pbx.SendAsync(app.CallEvent("missed", "call-" + Guid.NewGuid(), StationApi.NewCaller(), reason: new string('x', Contact.ReasonMaxLength + 1)));
        Assert.NotEmpty((await tooLong.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("reason"));

        await CompleteAsync(app.Operator, task.Id, "postponed", moment: app.Clock.GetUtcNow().AddHours(1));
        Assert.Equal(ContactResult.Postponed, (await ResultAsync(contactId, c => c.Result == ContactResult.Postponed)).Result); // then as identification
    }

    [Fact]
    public async Task A_call_is_overdue_at_once_and_the_booking_made_from_it_closes_the_task_as_client_booked()
    {
        var phone = StationApi.NewCaller();
        var clientId = await app.NewSalesClientAsync("Ivan Petrov", "+" + StationApi.NewCaller());
        var callerId = await app.SendCallAsync("answered", "call-" + Guid.NewGuid(), phone);
        var contactId = callerId!.Value;
        var task = await InboxTaskAsync(app.Operator, contactId, Specify);
        Assert.Equal(TaskUrgency.Overdue, task.Urgency); // due at the contact's moment

        await NameClientAsync(contactId, clientId);
        var car = await app.NewVehicleAsync(owner: clientId);
        var bay = await app.NewBayAsync();
        await app.BookedAsync(car, bay.Id, app.Quarter(TimeSpan.FromDays(1)), TimeSpan.FromHours(1), contactId);

        var closed = await Eventually.HoldsAsync(() => CardAsync(task.Id), t => t.Result is not null, "the task closed by itself");
        Assert.Equal(("client-booked", true), (closed.Result!.Code, closed.Result.ClosedByItself));
        var contact = await ResultAsync(contactId, c => c.Result is not null);
        Assert.Equal((ContactResult.ClientBooked, false), (contact.Result, contact.Open));
        await FinishedAsync(contactId, "client booked");
    }

    [Fact]
    public async Task A_work_order_opened_straight_from_a_walk_in_closes_its_task_as_client_booked()
    {
        var contactId = await app.NewContactAsync();
        var task = await InboxTaskAsync(app.Operator, contactId, Specify);

        await app.PostAsync<Application.WorkOrders.WorkOrderDto>("work-orders", new
        {
            vehicleId = (await app.NewVehicleAsync()).Id, contactId, mileageKm = 1_000, works = new[] { new { name = "Diagnostics", normHours = 0.5m, price = 25m } },
        }, HttpStatusCode.Created);

        var closed = await Eventually.HoldsAsync(() => CardAsync(task.Id), t => t.Result is not null, "the task closed by itself");
        Assert.Equal(("client-booked", true), (closed.Result!.Code, closed.Result.ClosedByItself));
        await FinishedAsync(contactId, "client booked");
    }

    [Fact]
    public async Task Postponing_opens_Task_postponed_at_the_chosen_time_and_not_before()
    {
        var contactId = (await app.SendCallAsync("answered", "call-" + Guid.NewGuid(), StationApi.NewCaller()))!.Value;
        var task = await InboxTaskAsync(app.Operator, contactId, Specify);
        var then = app.Clock.GetUtcNow().AddHours(3);

        await CompleteAsync(app.Operator, task.Id, "postponed", moment: then);

        Assert.Equal(ContactResult.Postponed, (await ResultAsync(contactId, c => c.Result == ContactResult.Postponed)).Result);
        await WaitingAtAsync(contactId, "wait-postponed");
        app.Clock.Advance(TimeSpan.FromHours(2));
        await Task.Delay(TimeSpan.FromSeconds(1)); // the dispatcher looks every 0.2 s: it had its chance to open it early
        Assert.DoesNotContain(await TasksAsync(contactId), t => t.Title == "Task postponed, specify contact result");

        app.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        var postponed = await InboxTaskAsync(app.Operator, contactId, "Task postponed, specify contact result");
        Assert.Equal(then, postponed.DueAt);
        Assert.Equal(StationTaskTypes.PostponedSpecifyContactResult, postponed.Type.Id);
    }

    [Fact]
    public async Task Redirecting_with_call_back_gives_the_chosen_person_Call_the_client_back_and_their_answer_ends_the_contact()
    {
        var contactId = (await app.SendCallAsync("answered", "call-" + Guid.NewGuid(), StationApi.NewCaller()))!.Value;
        var task = await InboxTaskAsync(app.Operator, contactId, Specify);
        var colleague = await app.HireAsync("Vera Colleague");
        var callAt = app.Clock.GetUtcNow().AddHours(2);

        (await app.Operator.PostJsonAsync($"/api/tasking/tasks/{task.Id}/redirect", new
        {
            addressee = new { kind = "Employee", id = colleague }, callClientBack = true, dueAt = callAt, comment = "Asks for the body shop",
        })).EnsureSuccessStatusCode();

        var vera = app.Factory.ClientFor(colleague, "Vera Colleague");
        var callBack = await Eventually.HoldsAsync(
            async () => (await TasksAsync(contactId, vera)).FirstOrDefault(t => t.Id != task.Id && t.Status == WorkTaskStatus.New),
            t => t is not null, "Vera's task about the contact");
        Assert.Equal(("Call the client back", callAt, AddresseeKind.Employee, colleague), (callBack!.Type.Name, callBack.DueAt, callBack.Addressee.Kind, callBack.Addressee.Id));
        Assert.Equal(ContactResult.Redirected, (await ResultAsync(contactId, c => c.Result == ContactResult.Redirected)).Result);

        await CompleteAsync(vera, callBack.Id, "client-booked");
        Assert.Equal(ContactResult.ClientBooked, (await ResultAsync(contactId, c => c.Result == ContactResult.ClientBooked)).Result);
        await FinishedAsync(contactId, "client booked");
    }

    [Fact]
    public async Task A_refusal_without_a_reason_is_a_422_that_changes_nothing_and_with_one_the_contact_shows_the_refusal()
    {
        var contactId = (await app.SendCallAsync("answered", "call-" + Guid.NewGuid(), StationApi.NewCaller()))!.Value;
        var task = await InboxTaskAsync(app.Operator, contactId, Specify);
        var reason = $"Too expensive {Guid.NewGuid():N}";
        (await app.Administrator.PostJsonAsync("/api/tasking/refusal-reasons", new { name = reason })).EnsureSuccessStatusCode();

        var refused = await app.Operator.PostJsonAsync($"/api/tasking/tasks/{task.Id}/complete", new { result = "refused" });

        Assert.Equal("task.reason-required", (await refused.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        Assert.Null((await CardAsync(task.Id)).Result);
        Assert.Null((await app.ContactAsync(contactId)).Contact.Result);

        await CompleteAsync(app.Operator, task.Id, "refused", reason: reason);
        var contact = await ResultAsync(contactId, c => c.Result is not null);
        Assert.Equal((ContactResult.Refused, reason, false), (contact.Result, contact.ResultReason, contact.Open));
        await FinishedAsync(contactId, "refused");
    }

    [Fact]
    public async Task A_client_in_open_talks_contacting_again_gets_Continue_negotiations_for_the_master_consultants()
    {
        var caller = StationApi.NewCaller();
        var first = (await app.SendCallAsync("answered", "call-" + Guid.NewGuid(), caller))!.Value;
        var talks = await InboxTaskAsync(app.Operator, first, Specify);
        await CompleteAsync(app.Operator, talks.Id, "awaiting-client-without-reserve"); // open talks: not booked, not refused
        await InboxTaskAsync(app.Operator, first, "Make the sale, specify result");

        var again = (await app.SendCallAsync("answered", "call-" + Guid.NewGuid(), caller))!.Value;

        Assert.Equal((ContactCategory.Continuation, first), (await app.ContactAsync(again)).Contact is var c ? (c.Category, c.ContinuesId) : default);
        var task = await InboxTaskAsync(app.MasterConsultant, again, "Continue negotiations");
        Assert.Equal((StationTaskTypes.ContinueNegotiations, TaskUrgency.Overdue), (task.Type.Id, task.Urgency));
        Assert.DoesNotContain(await TasksAsync(again), t => t.Title == Specify);
        Assert.DoesNotContain(await InboxAsync(app.Operator), t => t.Id == task.Id);
    }

    private static async Task<IReadOnlyList<TaskSummaryDto>> InboxAsync(HttpClient employee) =>
        (await (await employee.GetAsync("/api/tasking/inbox?limit=200")).ReadAsync<KeysetPage<TaskSummaryDto>>()).Items;

    /// <summary>The open task about the contact with this title in the employee's inbox, once the process has asked for it.</summary>
    private static async Task<TaskSummaryDto> InboxTaskAsync(HttpClient employee, Guid contactId, string title) =>
        (await Eventually.HoldsAsync(
            async () => (await InboxAsync(employee)).FirstOrDefault(t => t.Subject?.Id == contactId.ToString() && t.Title == title),
            t => t is not null, $"'{title}' in the inbox"))!;

    private async Task<IReadOnlyList<TaskSummaryDto>> TasksAsync(Guid contactId, HttpClient? reader = null) =>
        (await (await (reader ?? app.Administrator).GetAsync($"/api/tasking/tasks?subjectType=contact&subjectId={contactId}&limit=200")).ReadAsync<KeysetPage<TaskSummaryDto>>()).Items;

    private async Task<TaskDto> CardAsync(Guid taskId) => await (await app.Administrator.GetAsync($"/api/tasking/tasks/{taskId}")).ReadAsync<TaskDto>();

    private static async Task CompleteAsync(HttpClient employee, Guid taskId, string result, DateTimeOffset? moment = null, string? reason = null) =>
        (await employee.PostJsonAsync($"/api/tasking/tasks/{taskId}/complete", new { result, moment, reason })).EnsureSuccessStatusCode();

    private async Task NameClientAsync(Guid contactId, Guid clientId)
    {
        var naming = await app.Operator.PostJsonAsync($"/api/service-station/contacts/{contactId}/client", new { clientId });
        if (naming.StatusCode == HttpStatusCode.Conflict)
        {
            naming = await app.Operator.PostJsonAsync($"/api/service-station/contacts/{contactId}/client", new { clientId }); // ADR 0068: send again
        }

        naming.EnsureSuccessStatusCode();
        await Eventually.HoldsAsync(async () => (await app.ContactAsync(contactId)).Contact, c => c.Identified, "the contact identified");
    }

    private async Task<Application.Contacts.ContactDto> ResultAsync(Guid contactId, Func<Application.Contacts.ContactDto, bool> until) =>
        await Eventually.HoldsAsync(async () => (await app.ContactAsync(contactId)).Contact, until, "the contact's result");

    private Task<JsonElement> InstanceAsync(Guid contactId, Func<JsonElement, bool> until, string what) =>
        Eventually.HoldsAsync(
            async () => (await (await app.Administrator.GetAsync($"/api/processes/instances?objectType=contact&objectId={contactId}")).ReadAsync<JsonElement>())
                .EnumerateArray().FirstOrDefault(),
            i => i.ValueKind == JsonValueKind.Object && until(i), what);

    private async Task FinishedAsync(Guid contactId, string outcome)
    {
        var instance = await InstanceAsync(contactId, i => i.GetProperty("state").GetString() == "Finished", "the contact's process finished");
        Assert.Equal(outcome, instance.GetProperty("outcome").GetString());
    }

    /// <summary>The contact's process waits on a timer at <paramref name="block"/>: only then may the test move the clock.</summary>
    private Task WaitingAtAsync(Guid contactId, string block) =>
        Eventually.HoldsAsync(
            async () =>
            {
                var instance = await InstanceAsync(contactId, _ => true, "the contact's process");
                var card = await (await app.Administrator.GetAsync($"/api/processes/instances/{instance.GetProperty("id").GetGuid()}")).ReadAsync<JsonElement>();
                return card.GetProperty("tokens").EnumerateArray().Any(t => t.GetProperty("blockId").GetString() == block && t.GetProperty("wait").GetString() == "Timer");
            },
            waiting => waiting, $"a timer at {block}");
}

[Trait("Provider", "Sqlite")]
public sealed class ContactProcessApiSqliteTests(SqliteContactProcessApi app) : ContactProcessApiTests(app), IClassFixture<SqliteContactProcessApi>;

[Trait("Provider", "Postgres")]
public sealed class ContactProcessApiPostgresTests(PostgresContactProcessApi app) : ContactProcessApiTests(app), IClassFixture<PostgresContactProcessApi>;
