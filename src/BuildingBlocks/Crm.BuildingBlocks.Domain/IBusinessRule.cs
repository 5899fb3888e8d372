namespace Crm.BuildingBlocks.Domain;

/// <summary>
/// A business rule an aggregate checks before it changes. <see cref="Code"/> is stable: clients match on it.
/// </summary>
public interface IBusinessRule
{
    string Code { get; }

    string Message { get; }

    /// <summary>Conflict: the state changed under the user (409). Otherwise the request itself is unacceptable (422).</summary>
    BusinessRuleKind Kind => BusinessRuleKind.Unprocessable;

    bool IsBroken();
}

public enum BusinessRuleKind
{
    Unprocessable,
    Conflict,
}
