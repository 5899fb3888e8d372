using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Sales.Domain.CardTasks;
using Crm.Modules.Sales.Domain.Clients;
using static Crm.Modules.Sales.Application.Common.SalesInput;

namespace Crm.Modules.Sales.Application.CardTasks;

public sealed record CardTaskAssigneeDto(Guid Id, string? Name);

/// <summary>An open task on a card: number, title, status, who holds it and when it is due, in the reader's zone.</summary>
public sealed record CardTaskDto(
    Guid Id, long Number, string Title, CardTaskStatus Status, CardTaskAssigneeDto? Assignee, DateTimeOffset? DueAt, DateTimeOffset? PostponedUntil, Guid? OrderId);

/// <summary>
/// Names of employees as Sales' own copy of the staff has them (kept from Tasking's employee cards, ADR 0059): Sales
/// never asks Tasking. An employee whose card has not arrived yet has no name for a moment.
/// </summary>
public interface IStaffNames
{
    Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}

/// <summary>Reads the open tasks of a card; assignees are named from Sales' copy of the staff.</summary>
public sealed class CardTaskReader(IReadRepository<CardTask> tasks, IStaffNames staff)
{
    public Task<IReadOnlyList<CardTaskDto>> OfClientAsync(ClientId clientId, CancellationToken cancellationToken) =>
        ReadAsync(new OpenCardTasksSpec(clientId, null), cancellationToken);

    public Task<IReadOnlyList<CardTaskDto>> OfOrderAsync(Guid orderId, CancellationToken cancellationToken) =>
        ReadAsync(new OpenCardTasksSpec(null, orderId), cancellationToken);

    private async Task<IReadOnlyList<CardTaskDto>> ReadAsync(OpenCardTasksSpec spec, CancellationToken cancellationToken)
    {
        var rows = await tasks.ListAsync(spec, cancellationToken);
        var names = await staff.NamesAsync([.. rows.Select(t => t.AssigneeId).OfType<Guid>().Distinct()], cancellationToken);

        return rows.Select(t => new CardTaskDto(
                t.Id.Value, t.Number, t.Title, t.Status, t.AssigneeId is { } a ? new CardTaskAssigneeDto(a, names.GetValueOrDefault(a)) : null,
                Show(t.DueAtUtc), Show(t.PostponedUntilUtc), t.OrderId))
            .ToList();
    }
}
