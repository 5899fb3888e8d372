using Crm.BuildingBlocks.Domain;
using Crm.Modules.Sales.Domain.Clients;

namespace Crm.Modules.Sales.Domain.CardTasks;

/// <summary>Tasking's task id: a card task is Sales' copy of that task.</summary>
public readonly record struct CardTaskId(Guid Value) : ITypedId;

public enum CardTaskStatus
{
    New,
    InProgress,
    Postponed,
    Done,
    Cancelled,
    Deleted,
}

/// <summary>
/// A task about a client or one of its orders, as Tasking announced it: what the client's and the order's cards
/// list while it is open. Sales keeps this copy from Tasking's events and never reads Tasking's tables (ADR 0037).
/// </summary>
public sealed class CardTask : AggregateRoot<CardTaskId>
{
    public const int TitleMaxLength = 300;

    private CardTask()
    {
        Title = string.Empty;
    }

    public long Number { get; private set; }

    public string Title { get; private set; }

    public ClientId ClientId { get; private set; }

    /// <summary>Set when the task is about one of the client's orders.</summary>
    public Guid? OrderId { get; private set; }

    public CardTaskStatus Status { get; private set; }

    public Guid? AssigneeId { get; private set; }

    public DateTime? DueAtUtc { get; private set; }

    public DateTime? PostponedUntilUtc { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>The statuses a card lists as open.</summary>
    public static IReadOnlyList<CardTaskStatus> OpenStatuses { get; } = [CardTaskStatus.New, CardTaskStatus.InProgress, CardTaskStatus.Postponed];

    public bool IsOpen => OpenStatuses.Contains(Status);

    public static CardTask Open(CardTaskId id, long number, string title, ClientId clientId, Guid? orderId, DateTime? dueAtUtc, DateTime createdAtUtc) => new()
    {
        Id = id,
        Number = number,
        Title = Guard.NotBlank(title, nameof(title), TitleMaxLength),
        ClientId = clientId,
        OrderId = orderId,
        Status = CardTaskStatus.New,
        DueAtUtc = dueAtUtc,
        CreatedAtUtc = createdAtUtc,
    };

    public void Take(Guid employeeId)
    {
        AssigneeId = employeeId;
        if (Status == CardTaskStatus.New)
        {
            Status = CardTaskStatus.InProgress;
        }
    }

    public void Postpone(Guid employeeId, DateTime untilUtc)
    {
        AssigneeId = employeeId;
        Status = CardTaskStatus.Postponed;
        PostponedUntilUtc = untilUtc;
    }

    /// <summary>"Started working", or a postponed task back in the inbox: open and not postponed any more.</summary>
    public void Resume(Guid? employeeId)
    {
        AssigneeId = employeeId ?? AssigneeId;
        PostponedUntilUtc = null;
        Status = AssigneeId is null ? CardTaskStatus.New : CardTaskStatus.InProgress;
    }

    /// <summary>The main administrator corrected the title, due time or assignee (none frees the task).</summary>
    public void Correct(string? title, DateTime? dueAtUtc, Guid? assigneeId)
    {
        Title = title is null ? Title : Guard.NotBlank(title, nameof(title), TitleMaxLength);
        DueAtUtc = dueAtUtc;
        AssigneeId = assigneeId;
        if (Status != CardTaskStatus.Postponed)
        {
            Status = assigneeId is null ? CardTaskStatus.New : CardTaskStatus.InProgress;
        }
    }

    /// <summary>Done, cancelled or deleted: the task leaves the cards. A closed task never opens again.</summary>
    public void Close(CardTaskStatus how)
    {
        if (IsOpen && how is CardTaskStatus.Done or CardTaskStatus.Cancelled or CardTaskStatus.Deleted)
        {
            Status = how;
            PostponedUntilUtc = null;
        }
    }
}
