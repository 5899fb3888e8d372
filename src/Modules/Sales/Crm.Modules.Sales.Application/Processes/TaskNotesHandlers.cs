using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Contracts;
using Crm.Modules.Sales.Application.Clients;
using Crm.Modules.Sales.Application.Orders;
using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Orders;
using Crm.Modules.Tasking.Contracts;

namespace Crm.Modules.Sales.Application.Processes;

/// <summary>Every answer given in a task about a client or one of its orders lands on the client's card (seed 003).</summary>
internal sealed class TaskCompletedNoteHandler(IUnitOfWorkLocator unitOfWorks, TaskNotes notes)
    : IntegrationEventHandler<TaskCompletedIntegrationEvent>(unitOfWorks)
{
    protected override bool Concerns(TaskCompletedIntegrationEvent e) => SalesSubjects.MayBeOurs(e.Subject);

    protected override Task HandleAsync(TaskCompletedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var text = $"Task answered: {e.ResultLabel ?? e.ResultCode}" + (e.Reason is null ? string.Empty : $" ({e.Reason})") + (e.Comment is null ? string.Empty : $" — {e.Comment}");
        return notes.RecordAsync(e.Subject, ClientHistoryKind.TaskAnswer, text, e.ClosedByItself ? null : e.EmployeeId, e.TaskId, e.OccurredAtUtc, cancellationToken);
    }
}

internal sealed class TaskCommentedNoteHandler(IUnitOfWorkLocator unitOfWorks, TaskNotes notes)
    : IntegrationEventHandler<TaskCommentedIntegrationEvent>(unitOfWorks)
{
    protected override bool Concerns(TaskCommentedIntegrationEvent e) => SalesSubjects.MayBeOurs(e.Subject);

    protected override Task HandleAsync(TaskCommentedIntegrationEvent e, CancellationToken cancellationToken) =>
        notes.RecordAsync(e.Subject, ClientHistoryKind.TaskComment, $"Task comment: {e.Text}", e.EmployeeId, e.TaskId, e.OccurredAtUtc, cancellationToken);
}

/// <summary>Finds the client a task is about (directly, or through an order) and writes the note; other subjects are not ours.</summary>
public sealed class TaskNotes(IRepository<Client> clients, IReadRepository<Order> orders)
{
    /// <summary><paramref name="by"/>: null for a task that closed by itself.</summary>
    public async Task RecordAsync(ObjectReference? subject, ClientHistoryKind kind, string text, Guid? by, Guid taskId, DateTime atUtc, CancellationToken cancellationToken)
    {
        if (subject is null || !Guid.TryParse(subject.Id, out var id))
        {
            return;
        }

        var clientId = subject.Type switch
        {
            SalesFacts.Client => new ClientId(id),
            SalesFacts.Order => (await orders.FirstOrDefaultAsync(new OrderByIdSpec(new OrderId(id)), cancellationToken))?.ClientId,
            _ => null,
        };
        if (clientId is null)
        {
            return;
        }

        var client = await clients.FirstOrDefaultAsync(new ClientByIdSpec(clientId.Value, forUpdate: true), cancellationToken);
        var source = subject.Type == SalesFacts.Order ? $"task:{taskId};order:{subject.Id}" : $"task:{taskId}";
        client?.RecordTaskNote(kind, text, by, source, atUtc.Kind == DateTimeKind.Utc ? atUtc : DateTime.SpecifyKind(atUtc, DateTimeKind.Utc));
    }
}
