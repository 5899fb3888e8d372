using System.Collections.Concurrent;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Processes.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Processes.Tests.Support;

/// <summary>
/// A module in miniature for engine tests: it offers actions on "test-order" objects, performs them when asked
/// (reporting the new facts, then the outcome), and can be told to fail an action a number of times.
/// </summary>
public sealed class TestObjects
{
    public const string Module = "objects";
    public const string ObjectType = "test-order";

    public ConcurrentQueue<ActionRequestedIntegrationEvent> Performed { get; } = new();

    /// <summary>How many more times "flaky" fails.</summary>
    public int FlakyFailuresLeft;

    public static ActionsOfferedIntegrationEvent Offer() => new(Module,
    [
        new OfferedAction("set-status", ObjectType, "Set the order's status", ["status"]),
        new OfferedAction("mark-duplicate", ObjectType, "Mark the order as a duplicate (status False)", []),
        new OfferedAction("assign-manager", ObjectType, "Make the answering manager the order's manager", []),
        new OfferedAction("send-message", ObjectType, "Send the client a message", ["template", "to"]),
        new OfferedAction("cancel", ObjectType, "Cancel the order", ["reason"]),
        new OfferedAction("flaky", ObjectType, "Fails while FlakyFailuresLeft > 0", []),
    ]);
}

internal sealed class TestObjectsActionHandler(TestObjects objects, IServiceScopeFactory scopes) : INotificationHandler<IntegrationEventNotification<ActionRequestedIntegrationEvent>>
{
    public async Task Handle(IntegrationEventNotification<ActionRequestedIntegrationEvent> notification, CancellationToken cancellationToken)
    {
        var request = notification.Event;
        if (request.Module != TestObjects.Module)
        {
            return;
        }

        objects.Performed.Enqueue(request);
        var facts = request.Action switch
        {
            "set-status" => new Dictionary<string, object?> { ["status"] = request.Parameters["status"] },
            "mark-duplicate" => new Dictionary<string, object?> { ["status"] = "False" },
            "cancel" => new Dictionary<string, object?> { ["status"] = "Cancelled", ["cancel-reason"] = request.Parameters.GetValueOrDefault("reason") },
            "assign-manager" => new Dictionary<string, object?> { ["manager.id"] = request.ActingEmployeeId?.ToString() },
            "send-message" when request.Parameters.GetValueOrDefault("template") == "ask-for-right-number" =>
                new Dictionary<string, object?> { ["client.phone-wrong"] = true },
            _ => null,
        };
        var failed = request.Action == "flaky" && Interlocked.Decrement(ref objects.FlakyFailuresLeft) >= 0;

        await using var scope = scopes.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        if (facts is not null)
        {
            await mediator.Publish(IntegrationEventNotification.Wrap(new FactsReportedIntegrationEvent(request.Subject, null, facts)), cancellationToken);
        }

        await mediator.Publish(IntegrationEventNotification.Wrap(
            new ActionCompletedIntegrationEvent(request.RequestId, !failed, failed ? "The gateway said no" : null)), cancellationToken);
    }
}
