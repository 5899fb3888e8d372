using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.ServiceStation.Domain.Estimates.Rules;

/// <summary>A booked estimate is what the client agreed to: its lines stay as they were, and it is booked once.</summary>
public sealed class EstimateMustBeOpenRule(EstimateStatus status) : IBusinessRule
{
    public string Code => "estimate.booked";

    public string Message => "The estimate is already booked; make a new one to change it.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => status != EstimateStatus.Open;
}
