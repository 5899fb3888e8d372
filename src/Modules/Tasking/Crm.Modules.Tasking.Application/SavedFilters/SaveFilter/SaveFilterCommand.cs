using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Application.Tasks.ListTasks;
using Crm.Modules.Tasking.Domain.SavedFilters;
using MediatR;

namespace Crm.Modules.Tasking.Application.SavedFilters.SaveFilter;

/// <summary>Keeps the list's current parameters under a name, for the signed-in employee only.</summary>
public sealed record SaveFilterCommand(string? Name, TaskListCriteria? Filter) : ICommand<SavedFilterDto>, ISavedFilterInput;

internal sealed class SaveFilterValidator : SavedFilterInputValidator<SaveFilterCommand>;

internal sealed class SaveFilterHandler(StaffMember me, IRepository<SavedFilter> filters) : IRequestHandler<SaveFilterCommand, SavedFilterDto>
{
    public async Task<SavedFilterDto> Handle(SaveFilterCommand command, CancellationToken cancellationToken)
    {
        var owner = me.Id;
        var taken = await filters.AnyAsync(new SavedFilterNamedSpec(owner, command.Name!, null), cancellationToken);
        var filter = SavedFilter.Save(new SavedFilterId(Guid.NewGuid()), owner, command.Name!, command.Filter!.ToJson(), taken);
        filters.Add(filter);
        return SavedFilterDto.From(filter);
    }
}
