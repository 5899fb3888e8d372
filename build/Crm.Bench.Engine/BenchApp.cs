using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Infrastructure.Outbox;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.Processes.Application.Definitions;
using Crm.Modules.Processes.Application.Instances;
using Crm.Modules.Processes.Application.Instances.FireTimer;
using Crm.Modules.Processes.Application.Instances.FireTimers;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Tasking.Contracts;
using Crm.Tests.Support;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.Engine;

/// <summary>
/// The real host on a fresh benchmark database, on real time (<see cref="TimeProvider.System"/>), with the product's
/// defaults for every background loop (outbox polling, timer dispatcher, Tasking jobs) — not the tests' faster ones.
/// Reuses the tests' fixture: it creates the database and the administrator the API needs.
/// </summary>
public sealed class BenchApp(DatabaseProvider provider) : ApiFixture(provider)
{
    public const string ObjectType = "bench-order";

    public Waiters Waiters { get; } = new();

    public FireLog Fires { get; } = new();

    public override CrmApiFactory CreateFactory() => CreateFactory(Fires);

    /// <summary>
    /// A DI scope whose signed-in employee is the main administrator, as if the command came through the API: a
    /// manual start asks who starts (ADR 0038). The accessor is async-local, so this holds for the caller's flow only.
    /// </summary>
    public AsyncServiceScope AdministratorScope()
    {
        var scope = Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", AdministratorId.ToString())], "bench")),
        };
        return scope;
    }

    /// <summary>
    /// What authorization does for an API request: one staff lookup, kept in the request (before ADR 0048 the start
    /// itself made it). Not part of <see cref="AdministratorScope"/>: an async method cannot set the async-local
    /// accessor for its caller, but it can fill the context the accessor already holds.
    /// </summary>
    public async Task SignInAsync(AsyncServiceScope scope)
    {
        var http = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext!;
        var employee = await scope.ServiceProvider.GetRequiredService<IStaffRoster>().FindAsync(AdministratorId, CancellationToken.None);
        http.SignIn(employee!);
    }

    /// <summary>A host on the same database: a second replica (with its own fire log).</summary>
    public CrmApiFactory CreateFactory(FireLog fires) => new(
        Database,
        TimeProvider.System,
        environment: "Production",
        settings: new Dictionary<string, string>
        {
            // CrmApiFactory sets test values for these; the benchmark measures the product's defaults.
            ["Outbox:PollInterval"] = new OutboxOptions().PollInterval.ToString(),
            // The tests switch SQLite's connection pool off (to delete the file at once); the product keeps it on.
            ["Database:ConnectionString"] = Database.ConnectionString.Replace(";Pooling=False", string.Empty, StringComparison.Ordinal),
            ["Tasking:Jobs:Enabled"] = "true",
            ["Processes:Timers:Enabled"] = "true",
            ["ServiceStation:Telephony:Secret"] = Station.Secret, // the station's benchmark signs its webhooks with it
        },
        services: services =>
        {
            services.AddSingleton(Waiters);
            services.AddSingleton(fires);
            services.AddScoped<INotificationHandler<IntegrationEventNotification<ProcessInstanceEndedIntegrationEvent>>, InstanceEndedWaiter>();
            services.AddScoped<INotificationHandler<IntegrationEventNotification<TaskCreatedIntegrationEvent>>, TaskCreatedWaiter>();
            // First in the collection = outermost behaviour: it sees the fire after the unit of work committed it.
            services.Insert(0, ServiceDescriptor.Scoped<IPipelineBehavior<FireTimerCommand, Unit>, FireRecorder>());
            services.Insert(0, ServiceDescriptor.Scoped<IPipelineBehavior<FireTimersCommand, Unit>, FireRecorder>());
        });

    public async Task<Guid> DefineAsync(ProcessDocument document)
    {
        var created = await (await Administrator.PostJsonAsync("/api/processes/definitions", document)).ReadAsync<DefinitionDto>(HttpStatusCode.Created);
        await (await Administrator.PostAsync($"/api/processes/definitions/{created.Id}/activate", null)).ReadAsync<DefinitionDto>();
        return created.Id;
    }

    public async Task<InstanceDto> InstanceAsync(Guid id) => await (await Administrator.GetAsync($"/api/processes/instances/{id}")).ReadAsync<InstanceDto>();
}

/// <summary>
/// Per instance, the moment it ended; per object, the task Tasking created for it — as the outbox delivers them.
/// </summary>
public sealed class Waiters
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> _ended = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<Guid>> _created = new();

    /// <summary>The id of the task Tasking created about an object (the benchmark's objects have one task each).</summary>
    public Task<Guid> TaskCreatedAsync(string objectId) => Created(objectId).Task;

    public void Forget(string objectId) => _created.TryRemove(objectId, out _);

    internal TaskCompletionSource<Guid> Created(string objectId) => _created.GetOrAdd(objectId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));

    public Task EndedAsync(Guid instance) => Ended(instance).Task;

    public void Forget(Guid instance) => _ended.TryRemove(instance, out _);

    internal TaskCompletionSource Ended(Guid instance) => _ended.GetOrAdd(instance, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
}

internal sealed class TaskCreatedWaiter(Waiters waiters) : INotificationHandler<IntegrationEventNotification<TaskCreatedIntegrationEvent>>
{
    public Task Handle(IntegrationEventNotification<TaskCreatedIntegrationEvent> notification, CancellationToken cancellationToken)
    {
        if (notification.Event.Subject is { Type: BenchApp.ObjectType } subject)
        {
            waiters.Created(subject.Id).TrySetResult(notification.Event.TaskId);
        }

        return Task.CompletedTask;
    }
}

internal sealed class InstanceEndedWaiter(Waiters waiters) : INotificationHandler<IntegrationEventNotification<ProcessInstanceEndedIntegrationEvent>>
{
    public Task Handle(IntegrationEventNotification<ProcessInstanceEndedIntegrationEvent> notification, CancellationToken cancellationToken)
    {
        waiters.Ended(notification.Event.ProcessInstanceId).TrySetResult();
        return Task.CompletedTask;
    }
}

/// <summary>Every timer fire (each FireTimerCommand, or timer of a FireTimersCommand) with the moment it committed, per host.</summary>
public sealed class FireLog
{
    public ConcurrentQueue<(Guid TimerId, DateTime CommittedAtUtc)> Fires { get; } = new();
}

internal sealed class FireRecorder(FireLog log) : IPipelineBehavior<FireTimerCommand, Unit>, IPipelineBehavior<FireTimersCommand, Unit>
{
    public Task<Unit> Handle(FireTimerCommand request, CancellationToken cancellationToken, RequestHandlerDelegate<Unit> next) =>
        RecordAsync([request.TimerId], next);

    public Task<Unit> Handle(FireTimersCommand request, CancellationToken cancellationToken, RequestHandlerDelegate<Unit> next) =>
        RecordAsync(request.TimerIds, next);

    private async Task<Unit> RecordAsync(IEnumerable<Guid> timers, RequestHandlerDelegate<Unit> next)
    {
        var result = await next(); // throws if the transaction failed: then nothing fired
        var committed = DateTime.UtcNow;
        foreach (var timer in timers)
        {
            log.Fires.Enqueue((timer, committed));
        }

        return result;
    }
}
