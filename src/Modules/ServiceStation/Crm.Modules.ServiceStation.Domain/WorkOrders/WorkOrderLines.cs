using Crm.Modules.ServiceStation.Domain.Common;

namespace Crm.Modules.ServiceStation.Domain.WorkOrders;

public enum WorkStatus
{
    Planned,
    InProgress,
    Done,
    Declined,
}

public enum PartStatus
{
    Needed,
    Reserved,
    Installed,
    Declined,
}

/// <summary>A work of a work order and how far it has got.</summary>
public sealed class WorkOrderWork : WorkLine
{
    private WorkOrderWork()
    {
    }

    internal WorkOrderWork(WorkSpec spec, int number)
        : base(spec, number) => Status = WorkStatus.Planned;

    public WorkStatus Status { get; internal set; }

    public bool IsSettled => Status is WorkStatus.Done or WorkStatus.Declined;
}

/// <summary>A parts line of a work order and where the part is.</summary>
public sealed class WorkOrderPart : PartLine
{
    private WorkOrderPart()
    {
    }

    internal WorkOrderPart(PartSpec spec, int number)
        : base(spec, number) => Status = PartStatus.Needed;

    public PartStatus Status { get; internal set; }
}

/// <summary>
/// A work the client declined when the order closed: the station recommends it, by <see cref="DueOn"/> when the
/// master consultant said when (the later "invite by recommendations" follows these up).
/// </summary>
public sealed class Recommendation
{
    private Recommendation()
    {
        WorkName = string.Empty;
    }

    internal Recommendation(WorkOrderWork work, DateOnly? dueOn, DateTime madeAtUtc)
    {
        Id = Guid.NewGuid();
        WorkId = work.Id;
        WorkName = work.Name;
        NormHours = work.NormHours;
        Price = work.Price;
        DueOn = dueOn;
        MadeAtUtc = madeAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid WorkId { get; private set; }

    public string WorkName { get; private set; }

    public decimal NormHours { get; private set; }

    public decimal Price { get; private set; }

    public DateOnly? DueOn { get; private set; }

    public DateTime MadeAtUtc { get; private set; }
}
