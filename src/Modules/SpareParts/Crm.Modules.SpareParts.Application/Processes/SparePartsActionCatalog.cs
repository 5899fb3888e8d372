using Crm.Modules.Processes.Contracts;

namespace Crm.Modules.SpareParts.Application.Processes;

/// <summary>The actions Spare Parts performs for processes, announced on every start-up (ActionsOffered).</summary>
public static class SparePartsActionCatalog
{
    public const string SetReserve = "set-reserve";
    public const string ReleaseReserve = "release-reserve";
    public const string RegisterSale = "register-sale";
    public const string SetSupplyDeadline = "set-supply-deadline";

    public static ActionsOfferedIntegrationEvent Offer() => new(SparePartsFacts.Module,
    [
        new(SetReserve, SparePartsFacts.CustomerOrder, "Reserve what is available for the order's line line-id (every waiting line when left out), quantity at most (all it misses when left out)", ["line-id", "quantity"]),
        new(ReleaseReserve, SparePartsFacts.CustomerOrder, "Give the reserve of line line-id (every line when left out) back to stock; the line awaits supply by supply-deadline (ISO 8601) or its own", ["line-id", "supply-deadline"]),
        new(RegisterSale, SparePartsFacts.CustomerOrder, "Sell the order: every line must be reserved; the reserved goods leave stock and the order becomes sold", []),
        new(SetSupplyDeadline, SparePartsFacts.CustomerOrder, "Set the new supply deadline supply-deadline (ISO 8601) of line line-id (every waiting line when left out)", ["supply-deadline", "line-id"]),
    ]);
}
