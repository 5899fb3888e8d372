using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Application.Tasks.ListTasks;
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
        var filter = await filters.MineAsync(me, command.Id, forUpdate: true, cancellationToken);
        var taken = await filters.AnyAsync(new SavedFilterNamedSpec(filter.OwnerId, command.Name!, filter.Id), cancellationToken);
        filter.Change(command.Name!, command.Filter!.ToJson(), taken);
        return SavedFilterDto.From(filter);
    }
}
