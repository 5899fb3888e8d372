using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.SavedFilters;
using MediatR;

namespace Crm.Modules.Tasking.Application.SavedFilters.ChangeSavedFilter;

/// <summary>Renames a saved filter and replaces its parameters. Another employee's filter is 404, as if absent.</summary>
public sealed record ChangeSavedFilterCommand(Guid Id, string? Name, TaskListCriteria? Filter) : ICommand<SavedFilterDto>, ISavedFilterInput;

internal sealed class ChangeSavedFilterValidator : SavedFilterInputValidator<ChangeSavedFilterCommand>;

internal sealed class ChangeSavedFilterHandler(StaffMember me, IRepository<SavedFilter> filters) : IRequestHandler<ChangeSavedFilterCommand, SavedFilterDto>
{
    public async Task<SavedFilterDto> Handle(ChangeSavedFilterCommand command, CancellationToken cancellationToken)
    {
        var owner = (await me.GetAsync(cancellationToken)).Id;
        var id = new SavedFilterId(command.Id);
        var filter = await filters.FirstOrDefaultAsync(new SavedFiltersOfSpec(owner, id, forUpdate: true), cancellationToken)
            ?? throw new NotFoundException("Saved filter", command.Id);
        var taken = await filters.AnyAsync(new SavedFilterNamedSpec(owner, command.Name!, id), cancellationToken);
        filter.Change(command.Name!, command.Filter!.ToJson(), taken);
        return SavedFilterDto.From(filter);
    }
}
