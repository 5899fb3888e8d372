using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.ServiceStation.Domain.WorkOrders.Rules;

/// <summary>A closed work order is the record of what was done: it does not change.</summary>
public sealed class WorkOrderMustBeOpenRule(WorkOrderStatus status) : IBusinessRule
{
    public string Code => "work-order.closed";

    public string Message => "The work order is closed.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => status != WorkOrderStatus.Open;
}

/// <summary>A work order closes when every work is done or declined by the client: none is left half-way.</summary>
public sealed class EveryWorkSettledRule(IReadOnlyList<WorkOrderWork> works) : IBusinessRule
{
    public string Code => "work-order.works-unsettled";

    public string Message => $"Not done and not declined: {string.Join(", ", works.Where(w => !w.IsSettled).Select(w => w.Name))}.";

    public bool IsBroken() => works.Any(w => !w.IsSettled);
}

/// <summary>The line named is one of this work order's.</summary>
public sealed class LineMustBelongToOrderRule(string what, Guid id, bool found) : IBusinessRule
{
    public string Code => $"work-order.unknown-{what}";

    public string Message => $"The work order has no {what} {id}.";

    public bool IsBroken() => !found;
}
