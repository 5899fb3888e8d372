using System.Net;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Contracts;
using Crm.Modules.Processes.Application.Definitions;
using Crm.Modules.Processes.Application.Instances;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances;
using Crm.Modules.Processes.Infrastructure.Timers;
using Crm.Modules.Tasking.Contracts;
using Crm.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.Modules.Processes.Tests.Support;

/// <summary>
/// Drives the engine the way the rest of the system does: definitions and instances through the HTTP API; facts,
/// task answers and action results as the integration events other modules publish; time by the test clock.
/// </summary>
public sealed class Engine(EngineApi app)
{
    public Guid Manager { get; } = Guid.NewGuid();

    public TestClock Clock => app.Clock;

    public Task OfferActionsAsync() => PublishAsync(TestObjects.Offer());

    public async Task<Guid> DefineAsync(ProcessDocument document, bool activate = true)
    {
        var created = await (await app.Administrator.PostJsonAsync("/api/processes/definitions", document)).ReadAsync<DefinitionDto>(HttpStatusCode.Created);
        if (activate)
        {
            await (await app.Administrator.PostAsync($"/api/processes/definitions/{created.Id}/activate", null)).ReadAsync<DefinitionDto>();
        }

        return created.Id;
    }

    public async Task<Guid> StartAsync(Guid definition, string objectId) =>
        (await (await app.Administrator.PostJsonAsync("/api/processes/instances", new { definitionId = definition, @object = new { type = TestObjects.ObjectType, id = objectId } }))
            .ReadAsync<InstanceDto>(HttpStatusCode.Created)).Summary.Id;

    public async Task<InstanceDto> InstanceAsync(Guid id) => await (await app.Administrator.GetAsync($"/api/processes/instances/{id}")).ReadAsync<InstanceDto>();

    public Task ReportAsync(string objectId, string? happened, params (string Name, object? Value)[] facts) =>
        PublishAsync(new FactsReportedIntegrationEvent(new ObjectReference(TestObjects.ObjectType, objectId), happened, facts.ToDictionary(f => f.Name, f => f.Value)));

    public Task ReportAsync(FactsReportedIntegrationEvent report) => PublishAsync(report);

    /// <summary>The task the instance asked for at a block, once the outbox delivered the request.</summary>
    public async Task<HumanTaskRequestedIntegrationEvent> TaskAsync(Guid instance, string blockId, int occurrence = 1) =>
        (await app.Factory.Events.WaitForAsync<HumanTaskRequestedIntegrationEvent>(e => e.ProcessInstanceId == instance && e.BlockId == blockId, occurrence))[occurrence - 1];

    /// <summary>The occurrence-th task asked at a block about an object, whichever instance (or subprocess) asked.</summary>
    public async Task<HumanTaskRequestedIntegrationEvent> TaskAboutAsync(string objectId, string blockId, int occurrence = 1) =>
        (await app.Factory.Events.WaitForAsync<HumanTaskRequestedIntegrationEvent>(e => e.Subject.Id == objectId && e.BlockId == blockId, occurrence))[occurrence - 1];

    public IReadOnlyList<HumanTaskRequestedIntegrationEvent> TasksAbout(string objectId) =>
        app.Factory.Events.OfType<HumanTaskRequestedIntegrationEvent>().Where(e => e.Subject.Id == objectId).ToList();

    public IReadOnlyList<HumanTaskRequestedIntegrationEvent> TasksSoFar(Guid instance) =>
        app.Factory.Events.OfType<HumanTaskRequestedIntegrationEvent>().Where(e => e.ProcessInstanceId == instance).ToList();

    public Task AnswerAsync(HumanTaskRequestedIntegrationEvent task, string answer, string? comment = null, DateTime? moment = null) =>
        PublishAsync(new TaskCompletedIntegrationEvent(Guid.NewGuid(), task.Subject, answer, comment, null, Manager, task.RequestId, moment));

    public async Task<ProcessInstanceEndedIntegrationEvent> EndedAsync(Guid instance) =>
        (await app.Factory.Events.WaitForAsync<ProcessInstanceEndedIntegrationEvent>(e => e.ProcessInstanceId == instance)).Single();

    /// <summary>Moves the clock and fires every timer that fell due, as the dispatcher would.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        app.Clock.Advance(by);
        await FireDueTimersAsync();
    }

    public async Task<int> FireDueTimersAsync()
    {
        var processor = app.Factory.Services.GetRequiredService<TimerProcessor>();
        var total = 0;
        int fired;
        while ((fired = await processor.FireDueAsync(CancellationToken.None)) > 0)
        {
            total += fired;
        }

        return total;
    }

    /// <summary>Until a token of the instance waits at the block: a test must not report facts before the process listens.</summary>
    public Task<InstanceDto> WaitingAtAsync(Guid instance, string blockId) =>
        Eventually.HoldsAsync(() => InstanceAsync(instance), i => i.Tokens.Any(t => t.BlockId == blockId && t.Status == TokenStatus.Waiting), $"waiting at {blockId}");

    public async Task<InstanceDto> StateAsync(Guid instance, InstanceState expected)
    {
        var dto = await InstanceAsync(instance);
        Assert.True(dto.Summary.State == expected, $"Expected {expected}, was {dto.Summary.State}. Trace:\n{Describe(dto)}");
        return dto;
    }

    public static string Describe(InstanceDto instance) =>
        string.Join('\n', instance.Trace.Select(t => $"{t.Step}. {t.BlockId} ({t.BlockType}) -> {t.Exit} {t.Detail}"));

    public async Task PublishAsync(IntegrationEvent integrationEvent)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(IntegrationEventNotification.Wrap(integrationEvent));
    }
}
