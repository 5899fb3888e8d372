using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Contracts;
using Crm.Modules.Sales.Application.Clients;
using Crm.Modules.Sales.Application.Orders;
using Crm.Modules.Sales.Application.Processes;
using Crm.Modules.Sales.Domain.CardTasks;
using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Orders;
using Crm.Modules.Tasking.Contracts;

namespace Crm.Modules.Sales.Application.CardTasks;

/// <summary>A task about a client or an order: the client's card (and the order's) lists it from now on.</summary>
internal sealed class TaskCreatedCardHandler(IUnitOfWorkLocator unitOfWorks, IRepository<CardTask> tasks, IReadRepository<Client> clients, IReadRepository<Order> orders)
    : IntegrationEventHandler<TaskCreatedIntegrationEvent>(unitOfWorks)
{
    protected override bool Concerns(TaskCreatedIntegrationEvent e) => SalesSubjects.MayBeOurs(e.Subject);

    protected override async Task HandleAsync(TaskCreatedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var owner = await OwnerAsync(e.Subject, cancellationToken);
        if (owner is not { } found || await tasks.AnyAsync(new CardTaskByIdSpec(new CardTaskId(e.TaskId)), cancellationToken))
        {
            return; // not about our objects, or delivered again
        }

        tasks.Add(CardTask.Open(new CardTaskId(e.TaskId), e.Number, e.Title, found.Client, found.Order, e.DueAtUtc, e.OccurredAtUtc));
    }

    /// <summary>The client the subject is (or the order's client, and the order); null for other modules' objects.</summary>
    private async Task<(ClientId Client, Guid? Order)?> OwnerAsync(ObjectReference? subject, CancellationToken cancellationToken)
    {
        if (subject is null || !Guid.TryParse(subject.Id, out var id))
        {
            return null;
        }

        if (subject.Type == SalesFacts.Client)
        {
            return await clients.AnyAsync(new ClientByIdSpec(new ClientId(id)), cancellationToken) ? (new ClientId(id), null) : null;
        }

        var order = subject.Type == SalesFacts.Order ? await orders.FirstOrDefaultAsync(new OrderByIdSpec(new OrderId(id)), cancellationToken) : null;
        return order is null ? null : (order.ClientId, id);
    }
}

/// <summary>
/// Base of the handlers that follow a listed task's life; tasks Sales does not list are ignored. An event that names
/// the task's subject (which never changes) is ignored without a look at the database when Sales cannot list it.
/// </summary>
internal abstract class CardTaskChangeHandler<TEvent>(
    IUnitOfWorkLocator unitOfWorks, IRepository<CardTask> tasks, Func<TEvent, Guid> taskId, Action<CardTask, TEvent> apply,
    Func<TEvent, ObjectReference?>? subject = null)
    : IntegrationEventHandler<TEvent>(unitOfWorks)
    where TEvent : IntegrationEvent
{
    // An event that names no subject (an older event, or a task about nothing) is looked up; one that names
    // another module's object is not.
    protected override bool Concerns(TEvent e) => subject?.Invoke(e) is not { } named || SalesSubjects.MayBeOurs(named);

    protected override async Task HandleAsync(TEvent e, CancellationToken cancellationToken)
    {
        if (await tasks.FirstOrDefaultAsync(new CardTaskByIdSpec(new CardTaskId(taskId(e))), cancellationToken) is { } task)
        {
            apply(task, e);
        }
    }
}

internal sealed class TaskTakenCardHandler(IUnitOfWorkLocator u, IRepository<CardTask> t)
    : CardTaskChangeHandler<TaskTakenIntegrationEvent>(u, t, e => e.TaskId, (task, e) => task.Take(e.EmployeeId), e => e.Subject);

internal sealed class TaskWorkStartedCardHandler(IUnitOfWorkLocator u, IRepository<CardTask> t)
    : CardTaskChangeHandler<TaskWorkStartedIntegrationEvent>(u, t, e => e.TaskId, (task, e) => task.Resume(e.EmployeeId), e => e.Subject);

internal sealed class TaskReturnedCardHandler(IUnitOfWorkLocator u, IRepository<CardTask> t)
    : CardTaskChangeHandler<TaskReturnedIntegrationEvent>(u, t, e => e.TaskId, (task, e) => task.Resume(e.AssigneeId));

internal sealed class TaskPostponedCardHandler(IUnitOfWorkLocator u, IRepository<CardTask> t)
    : CardTaskChangeHandler<TaskPostponedIntegrationEvent>(u, t, e => e.TaskId, (task, e) => task.Postpone(e.EmployeeId, e.UntilUtc), e => e.Subject);

internal sealed class TaskEditedCardHandler(IUnitOfWorkLocator u, IRepository<CardTask> t)
    : CardTaskChangeHandler<TaskEditedIntegrationEvent>(u, t, e => e.TaskId, (task, e) => task.Correct(e.Title, e.DueAtUtc, e.AssigneeId));

internal sealed class TaskCompletedCardHandler(IUnitOfWorkLocator u, IRepository<CardTask> t)
    : CardTaskChangeHandler<TaskCompletedIntegrationEvent>(u, t, e => e.TaskId, (task, _) => task.Close(CardTaskStatus.Done), e => e.Subject);

internal sealed class TaskCancelledCardHandler(IUnitOfWorkLocator u, IRepository<CardTask> t)
    : CardTaskChangeHandler<TaskCancelledIntegrationEvent>(u, t, e => e.TaskId, (task, _) => task.Close(CardTaskStatus.Cancelled), e => e.Subject);

internal sealed class TaskDeletedCardHandler(IUnitOfWorkLocator u, IRepository<CardTask> t)
    : CardTaskChangeHandler<TaskDeletedIntegrationEvent>(u, t, e => e.TaskId, (task, _) => task.Close(CardTaskStatus.Deleted));

/// <summary>A redirected task is closed; its follow-up arrives as a task of its own ("task created").</summary>
internal sealed class TaskRedirectedCardHandler(IUnitOfWorkLocator u, IRepository<CardTask> t)
    : CardTaskChangeHandler<TaskRedirectedIntegrationEvent>(u, t, e => e.TaskId, (task, _) => task.Close(CardTaskStatus.Done), e => e.Subject);
