using Crm.BuildingBlocks.Domain;
using Crm.Modules.Sales.Domain.Orders;

namespace Crm.Modules.Sales.Domain.Purchases.Rules;

/// <summary>One renewal order per purchase: a second click must not bill the client twice.</summary>
public sealed class RenewalOrderOnceRule(OrderId? existing) : IBusinessRule
{
    public string Code => "purchase.renewal-order-exists";

    public string Message => $"A renewal order already exists ({existing?.Value}).";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => existing is not null;
}
