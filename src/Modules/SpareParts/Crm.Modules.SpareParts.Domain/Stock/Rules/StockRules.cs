using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.SpareParts.Domain.Stock.Rules;

/// <summary>Available stock never goes negative: what is reserved or sold from it must be there.</summary>
public sealed class ReserveMustFitAvailableRule(decimal available, decimal quantity) : IBusinessRule
{
    public string Code => "stock.insufficient";

    public string Message => $"Only {available} is available; {quantity} cannot be taken.";

    public bool IsBroken() => quantity <= 0 || quantity > available;
}

/// <summary>Only what is reserved can be released or sold from the reserve.</summary>
public sealed class ReleaseMustFitReservedRule(decimal reserved, decimal quantity) : IBusinessRule
{
    public string Code => "stock.reserve-insufficient";

    public string Message => $"Only {reserved} is reserved; {quantity} cannot be released or sold from the reserve.";

    public bool IsBroken() => quantity <= 0 || quantity > reserved;
}

/// <summary>A stocktake cannot leave reserved goods without stock: release the reserves first.</summary>
public sealed class CountMustCoverReservedRule(decimal reserved, decimal counted) : IBusinessRule
{
    public string Code => "stock.count-below-reserved";

    public string Message => $"{reserved} is reserved; a count of {counted} would leave reserves without goods.";

    public bool IsBroken() => counted < 0 || counted < reserved;
}
