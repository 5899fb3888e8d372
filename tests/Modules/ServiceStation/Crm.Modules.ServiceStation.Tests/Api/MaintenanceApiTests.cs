using System.Net;
using System.Text.Json;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.ServiceStation.Application.Maintenance;
using Crm.Modules.ServiceStation.Application.Processes;
using Crm.Modules.ServiceStation.Application.Vehicles;
using Crm.Modules.ServiceStation.Application.WorkOrders;
using Crm.Modules.ServiceStation.Infrastructure.Maintenance;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Crm.Modules.ServiceStation.Tests.Api.DocumentsApi;

namespace Crm.Modules.ServiceStation.Tests.Api;

/// <summary>
/// Regular maintenance: rules through HTTP, the periodic check run on the test clock, and "Invite to maintenance" in
/// the call-centre operators' inbox (the shipped template), closing by itself when the car is booked. Each test uses
/// its own make, so the rules of other tests never apply to its cars.
/// </summary>
public abstract class MaintenanceApiTests(ApiFixture app)
{
    private const string Invite = "Invite to maintenance";

    [Fact]
    public async Task A_rule_every_12_months_invites_a_car_whose_last_such_work_closed_12_months_ago_once()
    {
        var operators = await OperatorAsync();
        var make = NewMake();
        await RuleAsync(new { worksItem = "Oil change", everyMonths = 12, make });
        var car = await CarAsync(make);
        var closedAt = await WorkDoneAsync(car, "oil change", 40_000); // any case: the rule names the works line

        Assert.Equal(0, await CheckAsync());
        app.Clock.Advance(closedAt.AddMonths(12) - app.Clock.GetUtcNow());
        Assert.Equal(1, await CheckAsync());

        var task = await InboxTaskAsync(operators, car.Id);
        Assert.Equal((StationTaskTypes.InviteToMaintenance, "New"), (task.Type.Id, task.Status.ToString()));
        var due = await app.FactsAsync(car.Id, ServiceStationFacts.MaintenanceDue);
        Assert.Equal(("Oil change", "months", "40000"), (due.Fact("maintenance.works"), due.Fact("maintenance.reason"), due.Fact("maintenance.since-km")));

        app.Clock.Advance(TimeSpan.FromHours(2)); // the rule's next check
        Assert.Equal(0, await CheckAsync());
        Assert.Single(await TasksAboutAsync(car.Id));
    }

    [Fact]
    public async Task Predicted_mileage_past_the_distance_since_the_last_such_work_invites_the_car()
    {
        var operators = await OperatorAsync();
        var make = NewMake();
        await RuleAsync(new { worksItem = "Timing belt", everyKm = 5_000, make });
        var car = await CarAsync(make);
        await WorkDoneAsync(car, "Timing belt", 50_000);
        app.Clock.Advance(TimeSpan.FromDays(30));
        await app.PostAsync<VehicleDto>($"vehicles/{car.Id}/mileage", new { km = 53_000, at = app.Clock.GetUtcNow() }); // 100 km a day

        Assert.Equal(0, await CheckAsync()); // 53,000 now: 2,000 km to go
        Assert.Empty(await TasksAboutAsync(car.Id));
        app.Clock.Advance(TimeSpan.FromDays(20)); // no new reading: 55,000 predicted
        Assert.Equal(1, await CheckAsync());

        await InboxTaskAsync(operators, car.Id);
        var due = await app.FactsAsync(car.Id, ServiceStationFacts.MaintenanceDue);
        Assert.Equal(("km", "55000"), (due.Fact("maintenance.reason"), due.Fact("maintenance.expected-km")));
    }

    [Fact]
    public async Task Booking_the_car_closes_the_invitation_by_itself_as_client_booked()
    {
        var operators = await OperatorAsync();
        var make = NewMake();
        await RuleAsync(new { worksItem = "Brake fluid", everyMonths = 24, make });
        var car = await CarKnownSinceAsync(make, TimeSpan.FromDays(3 * 365)); // never serviced here: counted from its first reading
        Assert.Equal(1, await CheckAsync());
        var task = await InboxTaskAsync(operators, car.Id);

        var booking = await app.BookedAsync(car, (await app.NewBayAsync()).Id, app.Quarter(TimeSpan.FromDays(2)), TimeSpan.FromHours(1));

        var closed = await Eventually.HoldsAsync(() => CardAsync(task.Id), t => t.Status.ToString() == "Done", "the invitation closed by itself");
        Assert.Equal((StationTaskTypes.ClientBooked, true), (closed.Result!.Code, closed.Result.ClosedByItself));
        var booked = await app.FactsAsync(car.Id, DocumentFacts.Booked);
        Assert.Equal(booking.Id.ToString(), booked.Fact("last-booking.id"));
        Assert.DoesNotContain(await InboxAsync(operators), t => t.Subject?.Id == car.Id.ToString());
    }

    [Fact]
    public async Task Postponing_opens_a_new_invitation_due_then_and_no_arrival_needs_a_reason()
    {
        var operators = await OperatorAsync();
        var make = NewMake();
        await RuleAsync(new { worksItem = "Air conditioning service", everyMonths = 12, make });
        var car = await CarKnownSinceAsync(make, TimeSpan.FromDays(400));
        Assert.Equal(1, await CheckAsync());
        var first = await InboxTaskAsync(operators, car.Id);
        var callBackAt = app.Quarter(TimeSpan.FromDays(3));

        await CompleteAsync(operators, first.Id, new { result = StationTaskTypes.Postponed, moment = callBackAt }, HttpStatusCode.OK);

        var later = await InboxTaskAsync(operators, car.Id, "Task postponed, invite to maintenance");
        Assert.Equal(callBackAt, later.DueAt);
        await CompleteAsync(operators, later.Id, new { result = StationTaskTypes.NoArrival }, HttpStatusCode.UnprocessableEntity);
        var reason = $"Sold the car {Guid.NewGuid():N}";
        (await app.Administrator.PostJsonAsync("/api/tasking/refusal-reasons", new { name = reason })).EnsureSuccessStatusCode(); // the directory's
        await CompleteAsync(operators, later.Id, new { result = StationTaskTypes.NoArrival, reason }, HttpStatusCode.OK);
        Assert.Equal(reason, (await CardAsync(later.Id)).Result!.Reason);
    }

    [Fact]
    public async Task Two_hosts_checking_at_once_report_the_due_once_and_open_one_task()
    {
        var operators = await OperatorAsync();
        var make = NewMake();
        var rule = await RuleAsync(new { worksItem = "Air filter", everyMonths = 12, make });
        var car = await CarKnownSinceAsync(make, TimeSpan.FromDays(500));
        await using var second = app.CreateFactory(); // another replica on the same database

        var found = await Task.WhenAll(new[] { app.Factory.Services, second.Services }
            .Select(services => services.GetRequiredService<MaintenanceCheckJob>())
            .Select(job => Task.Run(() => job.RunOnceAsync(CancellationToken.None))));

        Assert.Equal(1, found.Sum());
        await InboxTaskAsync(operators, car.Id);
        var again = await app.SendWithIfMatchAsync(HttpMethod.Put, $"maintenance-rules/{rule.Id}", new { worksItem = "Air filter", everyMonths = 12, everyKm = (int?)null, make, active = true }, rule.Version);
        Assert.True((await again.ReadAsync<MaintenanceRuleDto>()).Version > rule.Version); // changed: checked again at once…
        Assert.Equal(0, await CheckAsync()); // …and the cycle is reported already
        Assert.Single(await TasksAboutAsync(car.Id));
    }

    [Fact]
    public async Task Bad_rules_are_refused_on_their_fields_and_rules_page_change_and_deactivate()
    {
        async Task<JsonElement> Bad(object body) =>
            await (await app.Administrator.PostJsonAsync($"{Root}/maintenance-rules", body)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty((await Bad(new { worksItem = "", everyMonths = 12 })).FieldErrors("worksItem"));
        Assert.NotEmpty((await Bad(new { worksItem = "Oil change" })).FieldErrors("everyMonths"));
        Assert.NotEmpty((await Bad(new { worksItem = "Oil change", everyMonths = 0 })).FieldErrors("everyMonths"));
        Assert.NotEmpty((await Bad(new { worksItem = "Oil change", everyKm = 10 })).FieldErrors("everyKm"));
        Assert.NotEmpty((await Bad(new { worksItem = "Oil change", everyKm = 10_000, make = new string('x', 101) })).FieldErrors("make"));

        var make = NewMake();
        var made = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            made.Add((await RuleAsync(new { worksItem = $"Service {i}", everyKm = 15_000, make })).Id);
        }

        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await app.GetAsync<KeysetPage<MaintenanceRuleDto>>($"maintenance-rules?limit=2{(cursor is null ? "" : $"&cursor={cursor}")}");
            seen.AddRange(page.Items.Select(r => r.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(made.Order(), seen.Where(made.Contains).Order()); // each once (made in one instant: then by id)

        var rule = await app.GetAsync<MaintenanceRuleDto>($"maintenance-rules/{made[0]}");
        var off = await app.SendWithIfMatchAsync(HttpMethod.Put, $"maintenance-rules/{rule.Id}", new { worksItem = "Service 0", everyMonths = (int?)null, everyKm = 20_000, make, active = false }, rule.Version);
        var changed = await off.ReadAsync<MaintenanceRuleDto>();
        Assert.Equal((false, 20_000, (DateTimeOffset?)null), (changed.Active, changed.EveryKm, changed.NextCheckAt));
        Assert.DoesNotContain((await app.GetAsync<KeysetPage<MaintenanceRuleDto>>("maintenance-rules?active=true&limit=200")).Items, r => r.Id == rule.Id);
        var stale = await app.SendWithIfMatchAsync(HttpMethod.Put, $"maintenance-rules/{rule.Id}", new { worksItem = "Service 0", everyMonths = (int?)null, everyKm = 20_000, make, active = true }, rule.Version);
        await stale.ProblemAsync(HttpStatusCode.Conflict);
        await (await app.Administrator.GetAsync($"{Root}/maintenance-rules/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.NotEmpty((await (await app.Administrator.GetAsync($"{Root}/maintenance-rules?cursor=nonsense")).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("cursor"));
    }

    private static string NewMake() => "Make " + Guid.NewGuid().ToString("N")[..10];

    private async Task<MaintenanceRuleDto> RuleAsync(object body) => await app.PostAsync<MaintenanceRuleDto>("maintenance-rules", body, HttpStatusCode.Created);

    private Task<int> CheckAsync() => app.Factory.Services.GetRequiredService<MaintenanceCheckJob>().RunOnceAsync(CancellationToken.None);

    private async Task<VehicleDto> CarAsync(string make)
    {
        await app.SharedAsync("station-knows-the-administrator", a => a.OnStationStaffAsync(a.AdministratorId, _ => true));
        return await app.PostAsync<VehicleDto>("vehicles", new { vin = NewVin(), plate = "mt 100 aa", make, model = "Any", year = 2018, ownerClientId = Guid.NewGuid() }, HttpStatusCode.Created);
    }

    /// <summary>A car whose first known reading is <paramref name="ago"/> old (the owner told it when registering).</summary>
    private async Task<VehicleDto> CarKnownSinceAsync(string make, TimeSpan ago)
    {
        var car = await CarAsync(make);
        return await app.PostAsync<VehicleDto>($"vehicles/{car.Id}/mileage", new { km = 20_000, at = app.Clock.GetUtcNow() - ago, source = "Client" });
    }

    /// <summary>The car came in at <paramref name="km"/> and left with <paramref name="work"/> done; when it closed.</summary>
    private async Task<DateTime> WorkDoneAsync(VehicleDto car, string work, int km)
    {
        var order = await app.PostAsync<WorkOrderDto>("work-orders", new
        {
            vehicleId = car.Id, mileageKm = km, works = new[] { new { name = work, normHours = 1m, price = 50m } },
        }, HttpStatusCode.Created);
        var closed = await app.PostAsync<WorkOrderDto>($"work-orders/{order.Id}/close", new { done = new[] { order.Works[0].Id } });
        return closed.ClosedAt!.Value.UtcDateTime;
    }

    /// <summary>A call-centre operator: an employee in the position the shipped templates name (Tasking's demo data fixes its id).</summary>
    private Task<HttpClient> OperatorAsync() => app.SharedAsync("station-operator", a =>
        a.EmployeeInAsync(StationProcessTemplates.CallCentreOperators, "Olga Operator", "Europe/Moscow"));

    private static async Task<IReadOnlyList<TaskSummaryDto>> InboxAsync(HttpClient who) =>
        (await (await who.GetAsync("/api/tasking/inbox?limit=200")).ReadAsync<KeysetPage<TaskSummaryDto>>()).Items;

    /// <summary>The open task about the car in the operator's inbox, once the fact has gone through the engine to Tasking.</summary>
    private static async Task<TaskSummaryDto> InboxTaskAsync(HttpClient who, Guid car, string title = Invite) =>
        (await Eventually.HoldsAsync(
            async () => (await InboxAsync(who)).FirstOrDefault(t => t.Subject?.Id == car.ToString() && t.Title == title),
            t => t is not null, $"'{title}' about {car} in the operators' inbox"))!;

    private async Task<IReadOnlyList<TaskSummaryDto>> TasksAboutAsync(Guid car) =>
        (await (await app.Administrator.GetAsync($"/api/tasking/tasks?subjectType=vehicle&subjectId={car}&status=New&status=InProgress&status=Postponed&status=Done&status=Cancelled"))
            .ReadAsync<KeysetPage<TaskSummaryDto>>()).Items;

    private async Task<TaskDto> CardAsync(Guid task) => await (await app.Administrator.GetAsync($"/api/tasking/tasks/{task}")).ReadAsync<TaskDto>();

    private static async Task CompleteAsync(HttpClient who, Guid task, object body, HttpStatusCode expected)
    {
        var response = await who.PostJsonAsync($"/api/tasking/tasks/{task}/complete", body);
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}

[Trait("Provider", "Sqlite")]
public sealed class MaintenanceSqliteTests(SqliteApi app) : MaintenanceApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class MaintenancePostgresTests(PostgresApi app) : MaintenanceApiTests(app), IClassFixture<PostgresApi>;
