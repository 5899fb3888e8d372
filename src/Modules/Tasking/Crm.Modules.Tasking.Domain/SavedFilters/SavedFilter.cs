using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Domain.SavedFilters.Rules;
using Crm.Modules.Tasking.Domain.Staff;

namespace Crm.Modules.Tasking.Domain.SavedFilters;

public readonly record struct SavedFilterId(Guid Value) : ITypedId;

/// <summary>
/// A task-list filter an employee named and kept ("My overdue calls"). It is theirs alone; names are unique per
/// employee. The criteria are the list's own parameters, kept as the Application layer wrote them (JSON): the
/// domain only guards the name, the owner and the size.
/// </summary>
public sealed class SavedFilter : AggregateRoot<SavedFilterId>
{
    public const int NameMaxLength = 100;
    public const int CriteriaMaxLength = 4000;

    private SavedFilter()
    {
        Name = string.Empty;
        Criteria = string.Empty;
    }

    private SavedFilter(SavedFilterId id, EmployeeId ownerId, string name, string criteria)
    {
        Id = id;
        OwnerId = ownerId;
        Name = Guard.NotBlank(name, nameof(name), NameMaxLength);
        Criteria = Guard.NotBlank(criteria, nameof(criteria), CriteriaMaxLength);
    }

    public EmployeeId OwnerId { get; private set; }

    public string Name { get; private set; }

    public string Criteria { get; private set; }

    /// <param name="nameTaken">Whether the owner already has another filter of this name (the caller looked).</param>
    public static SavedFilter Save(SavedFilterId id, EmployeeId ownerId, string name, string criteria, bool nameTaken)
    {
        CheckRule(new SavedFilterNameMustBeUniqueRule(name, nameTaken));
        return new SavedFilter(id, ownerId, name.Trim(), criteria);
    }

    public void Change(string name, string criteria, bool nameTaken)
    {
        CheckRule(new SavedFilterNameMustBeUniqueRule(name, nameTaken));
        Name = Guard.NotBlank(name, nameof(name), NameMaxLength);
        Criteria = Guard.NotBlank(criteria, nameof(criteria), CriteriaMaxLength);
    }
}
