using Crm.BuildingBlocks.Contracts;

namespace Crm.Modules.Sales.Application.Processes;

/// <summary>Which objects named by other modules (a task's subject) may be Sales' own: clients and orders, by their ids.</summary>
public static class SalesSubjects
{
    /// <summary>
    /// False when the subject cannot be a client or an order of ours, judged without the database: the handlers of
    /// task events skip such events entirely (ADR 0026, fewer commands).
    /// </summary>
    public static bool MayBeOurs(ObjectReference? subject) =>
        subject is { Type: SalesFacts.Client or SalesFacts.Order } && Guid.TryParse(subject.Id, out _);
}
