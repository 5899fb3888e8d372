using Crm.Modules.Tasking.Application.Tasks.ListTasks;
using Crm.Modules.Tasking.Domain.SavedFilters;
using FluentValidation;

namespace Crm.Modules.Tasking.Application.SavedFilters;

/// <summary>What saving and changing a filter both take: a name and the list's parameters.</summary>
public interface ISavedFilterInput
{
    string? Name { get; }

    TaskListCriteria? Filter { get; }
}

/// <summary>The name, and the list's own rules for the parameters: a filter the list would refuse is never saved.</summary>
internal abstract class SavedFilterInputValidator<T> : AbstractValidator<T>
    where T : ISavedFilterInput
{
    protected SavedFilterInputValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(SavedFilter.NameMaxLength);
        RuleFor(c => c.Filter).NotNull();
        RuleFor(c => c.Filter!).SetValidator(new TaskListCriteriaValidator()).When(c => c.Filter is not null);
        RuleFor(c => c.Filter!.ToJson().Length).LessThanOrEqualTo(SavedFilter.CriteriaMaxLength).OverridePropertyName("filter")
            .WithMessage("The filter is too long to keep.").When(c => c.Filter is not null);
    }
}
