using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.BuildingBlocks.Contracts;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.Tasking.Application.Staff;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Modules.Tasking.Application.TaskTypes;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.Modules.Tasking.Tests.Api;

/// <summary>
/// The staff and task types the Tasking API tests work with, created through the API by the main administrator.
/// Alice (Asia/Kolkata, +05:30) and Bob (America/Sao_Paulo, −03:00) are call-centre operators: zones without
/// daylight saving, so the offsets the API shows are fixed.
/// </summary>
public sealed record TaskingWorld(
    ApiFixture App,
    Guid OperatorPositionId,
    EmployeeDto Alice,
    HttpClient AliceClient,
    EmployeeDto Bob,
    HttpClient BobClient,
    TaskTypeDto Call,
    TaskTypeDto Arbitrary)
{
    public static Task<TaskingWorld> OfAsync(ApiFixture app) => app.SharedAsync("tasking-world", CreateAsync);

    /// <summary>The ids on the first page of the task list as <paramref name="client"/> sees it.</summary>
    public static async Task<List<Guid>> TaskIdsAsync(HttpClient client, string query = "") =>
        [.. (await (await client.GetAsync($"/api/tasking/tasks?{query}")).ReadAsync<KeysetPage<TaskSummaryDto>>()).Items.Select(t => t.Id)];

    private static async Task<TaskingWorld> CreateAsync(ApiFixture app)
    {
        var admin = app.Administrator;
        var position = await (await admin.PostJsonAsync("/api/tasking/positions", new { name = "Call-centre operator" }))
            .ReadAsync<PositionDto>(System.Net.HttpStatusCode.Created);
        var alice = await HireAsync(admin, "Alice", "Asia/Kolkata", position.Id);
        var bob = await HireAsync(admin, "Bob", "America/Sao_Paulo", position.Id);
        var call = await (await admin.PostJsonAsync("/api/tasking/task-types", new
        {
            name = "Call the client",
            icon = "phone",
            colour = "#1e88e5",
            sortOrder = 10,
            results = new[]
                {
                    new { code = "reached", name = "Got through", requiresReason = false },
                    new { code = "no-answer", name = "No answer", requiresReason = false },
                    new { code = "refusal", name = "Refusal", requiresReason = true },
                },
        }))
            .ReadAsync<TaskTypeDto>(System.Net.HttpStatusCode.Created);
        var arbitrary = await (await admin.PostJsonAsync("/api/tasking/task-types", new { name = "Arbitrary task", sortOrder = 90 }))
            .ReadAsync<TaskTypeDto>(System.Net.HttpStatusCode.Created);
        return new TaskingWorld(app, position.Id, alice, app.Factory.ClientFor(alice.Id, "Alice"), bob, app.Factory.ClientFor(bob.Id, "Bob"), call, arbitrary);
    }

    private static async Task<EmployeeDto> HireAsync(HttpClient admin, string name, string zone, Guid position) =>
        await (await admin.PostJsonAsync("/api/tasking/employees", new { name, timeZone = zone, positionIds = new[] { position } }))
            .ReadAsync<EmployeeDto>(System.Net.HttpStatusCode.Created);

    /// <summary>Hires an employee with no position (through the API, as the main administrator).</summary>
    public async Task<(HttpClient Client, Guid Id)> HireAsync(string name, string zone = "Europe/Lisbon", Guid? departmentId = null)
    {
        var employee = await (await App.Administrator.PostJsonAsync("/api/tasking/employees", new { name, timeZone = zone, departmentId }))
            .ReadAsync<EmployeeDto>(System.Net.HttpStatusCode.Created);
        return (App.Factory.ClientFor(employee.Id, name), employee.Id);
    }

    /// <summary>Delivers another module's integration event in-process, as the outbox dispatcher would.</summary>
    public async Task DeliverAsync(IntegrationEvent integrationEvent)
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(IntegrationEventNotification.Wrap(integrationEvent));
    }

    /// <summary>
    /// Tasking refuses tasks about orders it has not heard of: tell it about this one as Sales would (its facts),
    /// in-process, so the task can be made at once.
    /// </summary>
    public async Task<string> KnownOrderAsync(string orderId)
    {
        await DeliverAsync(new FactsReportedIntegrationEvent(
            new ObjectReference("order", orderId), FactsReportedIntegrationEvent.Created, new Dictionary<string, object?> { ["number"] = 1042m }));
        return orderId;
    }

    /// <summary>What the process engine sends for a "call" block executed by the operators' position.</summary>
    public HumanTaskRequestedIntegrationEvent CallRequest(Guid? definitionId = null, Guid? instanceId = null, int priority = 0, TimeSpan? reaction = null, bool hidden = false) => new(
        Guid.NewGuid(), instanceId ?? Guid.NewGuid(), definitionId ?? Guid.NewGuid(), "Unpaid order", "call-1", HumanTaskRequestedIntegrationEvent.CallKind, null,
        "Call the client about the unpaid order", "Hello! Will you pay today?",
        [new AnswerOption("paid", "Paid during the call"), new AnswerOption("later", "Will pay later", AsksForMoment: true), new AnswerOption("other", "Other", RequiresComment: true)],
        new ObjectReference("order", Guid.NewGuid().ToString("N")), [new ExecutorReference("Position", OperatorPositionId)], priority, reaction ?? TimeSpan.FromHours(1),
        null, hidden);

    /// <summary>The process task the engine's request became, as the administrator finds it by its subject.</summary>
    public async Task<TaskSummaryDto> ProcessTaskAsync(HumanTaskRequestedIntegrationEvent request)
    {
        await DeliverAsync(request);
        var page = await (await App.Administrator.GetAsync($"/api/tasking/tasks?subjectType=order&subjectId={request.Subject.Id}&status=New&status=InProgress&status=Postponed&status=Done&status=Cancelled"))
            .ReadAsync<KeysetPage<TaskSummaryDto>>();
        return Assert.Single(page.Items);
    }

    /// <summary>A call task for the operators' position about a fresh object, so each test filters to its own tasks.</summary>
    public async Task<TaskDto> NewCallTaskAsync(HttpClient? creator = null, string? subjectId = null, DateTimeOffset? dueAt = null)
    {
        var order = await KnownOrderAsync(subjectId ?? Guid.NewGuid().ToString("N"));
        var response = await (creator ?? AliceClient).PostJsonAsync("/api/tasking/tasks", new
        {
            typeId = Call.Id,
            title = "Call about order",
            description = "Ask whether the client will pay",
            subject = new { type = "order", id = order },
            addressee = new { kind = AddresseeKind.Position, id = OperatorPositionId },
            dueAt = dueAt ?? App.Clock.GetUtcNow().AddHours(2),
        });
        return await response.ReadAsync<TaskDto>(System.Net.HttpStatusCode.Created);
    }
}
