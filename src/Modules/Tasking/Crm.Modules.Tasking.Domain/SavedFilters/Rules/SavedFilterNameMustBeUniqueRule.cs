using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Tasking.Domain.SavedFilters.Rules;

/// <summary>One employee cannot keep two filters of the same name: picking one by name must be unambiguous.</summary>
public sealed class SavedFilterNameMustBeUniqueRule(string name, bool taken) : IBusinessRule
{
    public string Code => "saved-filter.duplicate-name";

    public string Message => $"You already have a saved filter named '{name.Trim()}'.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => taken;
}
